"use client";
import { useState } from "react";
import { FORMAT_LABELS } from "@/lib/citations/format-names";
import { useI18n } from "../use-i18n";
import { ExportMenuBody, citationHref } from "./export-menu";

/**
 * The export menu under each of a list's events: the full menu (fourteen links, copy buttons) is
 * drawn when the reader opens it, so a page of 25 events does not carry 25 menus in its HTML and
 * again in its RSC payload. Before the page's script runs (or without it), opening it shows the
 * three file formats most reference managers read.
 */
export function LazyExportMenu({ query, title, testId }: { query: string; title: string; testId: string }) {
  const [opened, setOpened] = useState(false);
  const { locale } = useI18n();
  return (
    <details className="rounded border border-stone-300 bg-stone-50 p-2 text-sm" data-testid={testId} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="cursor-pointer font-medium">{title}</summary>
      {opened ? (
        <ExportMenuBody query={query} locale={locale} />
      ) : (
        <p className="mt-2">
          {(["bibtex", "ris", "csl-json"] as const).map((f, i) => (
            <span key={f}>
              {i ? " · " : ""}
              <a href={citationHref(query, f)} download className="text-blue-800 underline">{FORMAT_LABELS[f]}</a>
            </span>
          ))}
        </p>
      )}
    </details>
  );
}

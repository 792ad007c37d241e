"use client";
import { useState } from "react";
import { FORMAT_LABELS, STYLE_FORMATS, type StyleFormat } from "@/lib/citations/format-names";
import { useI18n } from "../use-i18n";

type Status = { kind: "idle" } | { kind: "done" | "error"; message: string } | { kind: "manual"; text: string; style: StyleFormat };

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error((await res.json().catch(() => null))?.detail ?? `HTTP ${res.status}`);
  return res.text();
}

/**
 * "Copy APA" etc.: the formatted bibliography goes to the clipboard as HTML (italics survive a
 * paste into a word processor) and as plain text. Without clipboard access the text is shown
 * selected, for Ctrl+C.
 */
export function CopyCitations({ query }: { query: string }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const { t } = useI18n();
  async function copy(style: StyleFormat) {
    const base = `/api/v1/citations?${query}&format=${style}&header=0`;
    try {
      const [text, html] = await Promise.all([fetchText(base), fetchText(`${base}&html=1`)]);
      const count = text.split("\n").filter((l) => l.trim()).length;
      try {
        if (typeof ClipboardItem !== "undefined" && navigator.clipboard?.write) {
          await navigator.clipboard.write([new ClipboardItem({ "text/plain": new Blob([text], { type: "text/plain" }), "text/html": new Blob([html], { type: "text/html" }) })]);
        } else {
          await navigator.clipboard.writeText(text);
        }
        setStatus({ kind: "done", message: t(count === 1 ? "export.copiedOne" : "export.copied", { count, format: FORMAT_LABELS[style] }) });
      } catch {
        setStatus({ kind: "manual", text, style });
      }
    } catch (err) {
      setStatus({ kind: "error", message: t("export.failed", { error: (err as Error).message }) });
    }
  }
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {STYLE_FORMATS.map((s) => (
          <button key={s} type="button" onClick={() => copy(s)} className="rounded border border-stone-400 bg-white px-2 py-1 text-sm hover:bg-stone-100">
            {t("export.copy", { format: FORMAT_LABELS[s] })}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" className="text-sm" data-testid="copy-status">
        {status.kind === "done" ? <span className="text-green-800">✓ {status.message}</span> : null}
        {status.kind === "error" ? <span className="text-red-800">{status.message}</span> : null}
        {status.kind === "manual" ? <span>{t("export.manual")}</span> : null}
      </p>
      {status.kind === "manual" ? (
        <textarea readOnly value={status.text} aria-label={t("export.textarea", { format: FORMAT_LABELS[status.style] })} className="h-32 w-full rounded border border-stone-300 p-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} autoFocus />
      ) : null}
    </div>
  );
}

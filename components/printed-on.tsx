"use client";
// The day a page is printed and its permalink with this server's address: only the browser knows
// either (the page itself may have been rendered and cached long before).
import { useSyncExternalStore } from "react";
import { useI18n } from "./use-i18n";

const noSubscribe = () => () => {};

export function PrintedOn({ label }: { label: string }) {
  const today = useSyncExternalStore(noSubscribe, () => new Date().toISOString().slice(0, 10), () => "");
  return today ? (
    <span>
      {label} <time dateTime={today}>{today}</time>
    </span>
  ) : null;
}

export function Permalink({ label, path: englishPath }: { label: string; path: string }) {
  const path = useI18n().path(englishPath);
  const origin = useSyncExternalStore(noSubscribe, () => window.location.origin, () => "");
  const href = `${origin}${path}`;
  return (
    <span>
      {label}: <a href={path} className="break-all underline" data-testid="permalink">{href}</a>
    </span>
  );
}

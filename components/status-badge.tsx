"use client";
import type { Status } from "@/lib/domain";
import { useI18n } from "./use-i18n";

const styles: Record<Status, string> = {
  destroyed: "bg-destroyed text-white",
  severe: "bg-severe text-white",
  moderate: "bg-moderate text-white",
  damaged: "bg-damaged text-white",
  possible: "bg-possible text-white",
  none: "bg-none text-white",
  contested: "bg-contested text-white",
  uncertain: "bg-uncertain text-white",
  unknown: "bg-unknown text-white",
};

// A client component only to read the language from the address ([locale]; admin has none and is
// English), so the many pages and forms that show a status need not pass the locale down.
export function StatusBadge({ status, testId }: { status: Status; testId?: string }) {
  const { t } = useI18n();
  return (
    <span
      data-testid={testId}
      data-status={status}
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${styles[status]}`}
    >
      {t(`status.${status}`)}
    </span>
  );
}

import type { Status } from "@/lib/domain";
import { statusLabel } from "@/lib/status";

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

export function StatusBadge({ status, testId }: { status: Status; testId?: string }) {
  return (
    <span
      data-testid={testId}
      data-status={status}
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${styles[status]}`}
    >
      {statusLabel(status)}
    </span>
  );
}

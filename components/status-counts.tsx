import { STATUSES, type Status } from "@/lib/domain";
import { statusLabel } from "@/lib/status";
import { StatusBadge } from "./status-badge";

/** Monuments by derived status: one card per status that has monuments, the empty ones named in a line. */
export function StatusCounts({ counts }: { counts: Map<Status, number> }) {
  const present = STATUSES.filter((s) => (counts.get(s) ?? 0) > 0);
  const absent = STATUSES.filter((s) => !counts.get(s));
  return (
    <div className="mt-3 space-y-2">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="status-counts">
        {present.map((s) => (
          <div key={s} className="rounded border border-stone-300 bg-white p-3" data-status={s}>
            <dt>
              <StatusBadge status={s} />
            </dt>
            <dd className="mt-1 text-2xl font-semibold">{counts.get(s) ?? 0}</dd>
          </div>
        ))}
      </dl>
      {absent.length ? <p className="text-sm text-stone-700">No monument: {absent.map((s) => statusLabel(s).toLowerCase()).join(", ")}.</p> : null}
    </div>
  );
}

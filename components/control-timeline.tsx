import Link from "@/components/locale-link";
import { formatInterval } from "@/lib/dates";
import type { ControlPeriodRow } from "@/lib/queries/control";
import { CONFIDENCE_LABELS } from "@/lib/labels";

/** Who held the city when: a list readers and screen readers can follow, with its sources. */
export function ControlTimeline({ periods }: { periods: ControlPeriodRow[] }) {
  return (
    <ol className="space-y-3" data-testid="control-timeline">
      {periods.map((p) => {
        const start = formatInterval({ earliest: p.startEarliest, latest: p.startLatest, precision: p.startPrecision });
        const end = p.endPrecision
          ? formatInterval({ earliest: p.endEarliest, latest: p.endLatest, precision: p.endPrecision })
          : null;
        return (
          <li key={p.id} className="rounded border border-stone-300 bg-white p-3">
            <p className="font-semibold">
              {p.actor.name}: from {start}
              {end ? ` until ${end}` : ""}
            </p>
            <p className="text-sm text-stone-700">{p.description}</p>
            <p className="mt-1 text-xs text-stone-600">
              {CONFIDENCE_LABELS[p.confidence]} · sources:{" "}
              {p.citations.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? "; " : ""}
                  <Link href={`/sources/${c.source.slug}`} className="underline" title={c.quote}>
                    {c.source.publisher}
                  </Link>
                </span>
              ))}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

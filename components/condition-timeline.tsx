import { conditionSteps, DAY_MS, dayToMs, halfYearTicks, msToDay, timeDomain } from "@/lib/charts";
import { formatInterval } from "@/lib/dates";
import type { StatusStep } from "@/lib/status";
import { statusLabel } from "@/lib/status";
import { ConditionChart } from "./charts/lazy";

/** Status over time as steps, each change with the window in which it may have happened. */
export function ConditionTimeline({ steps, asOf }: { steps: StatusStep[]; asOf?: string }) {
  // Two months of lead-in, so the "unknown" before the first report is visible.
  const lead = steps[0] ? msToDay(dayToMs(steps[0].from) - 60 * DAY_MS) : undefined;
  const domain = timeDomain([lead, ...steps.flatMap((s) => [s.from, s.uncertainUntil]), asOf]);
  if (!domain || steps.length === 0) return <p className="text-sm text-stone-700">No dated report of its condition: nothing to chart.</p>;
  const { points, uncertain } = conditionSteps(steps, domain);
  return (
    <figure className="space-y-2" data-testid="condition-timeline">
      <figcaption className="text-sm text-stone-700">
        Condition as known over time, from this monument&apos;s published claims. The line steps up when a claim starts to
        count; the shaded span is the window in which the change may have happened.
      </figcaption>
      <ConditionChart points={points} uncertain={uncertain} domain={domain} ticks={halfYearTicks(domain)} asOf={asOf ? dayToMs(asOf) : undefined} />
      <ol className="text-sm">
        {steps.map((s) => (
          <li key={s.from}>
            From {formatInterval({ earliest: s.from, latest: s.from, precision: "EXACT_DAY" })}: <strong>{statusLabel(s.status)}</strong>
            {s.uncertainUntil
              ? ` — the change happened ${formatInterval({ earliest: s.from, latest: s.uncertainUntil, precision: "WINDOW" })}`
              : ""}
          </li>
        ))}
      </ol>
    </figure>
  );
}

import { conditionSteps, DAY_MS, dayToMs, halfYearTicks, msToDay, timeDomain } from "@/lib/charts";
import type { StatusStep } from "@/lib/status";
import { stepText } from "@/lib/status-text";
import { ConditionChart } from "./charts/lazy";
import type { Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";

/**
 * Status through time (event time): a line of what is certain, and a band for each window in
 * which a change may have happened. The list beside it says the same in words.
 */
export function ConditionTimeline({ steps, asOf, locale = "en" }: { steps: StatusStep[]; asOf?: string; locale?: Locale }) {
  const i18n = getI18n(locale);
  // Two months of lead-in, so the "unknown" before the first report is visible.
  const lead = steps[0] ? msToDay(dayToMs(steps[0].from) - 60 * DAY_MS) : undefined;
  const domain = timeDomain([lead, ...steps.flatMap((s) => [s.from, ...(s.pending ?? []).flatMap((p) => [p.window.earliest, p.window.latest])]), asOf]);
  if (!domain || steps.length === 0) return <p className="text-sm text-stone-700">{i18n.t("monument.noChart")}</p>;
  const { points, uncertain } = conditionSteps(steps, domain);
  return (
    <figure className="space-y-2" data-testid="condition-timeline">
      <figcaption className="text-sm text-stone-700">
        {i18n.t("monument.chartCaption")}
      </figcaption>
      <ConditionChart points={points} uncertain={uncertain} domain={domain} ticks={halfYearTicks(domain)} asOf={asOf ? dayToMs(asOf) : undefined} />
      <ol className="text-sm" data-testid="condition-steps">
        {steps.map((s) => (
          <li key={s.from}>{stepText(s, i18n)}</li>
        ))}
      </ol>
    </figure>
  );
}

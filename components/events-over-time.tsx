import { controlSpans, eventRanges, halfYearTicks, timeDomain } from "@/lib/charts";
import { localePath, type Locale } from "@/lib/locales";
import { getI18n, nameIn } from "@/lib/messages";
import { extentToStatus } from "@/lib/status";
import type { ControlPeriodRow } from "@/lib/queries/control";
import type { EventRow } from "@/lib/queries/events";
import { BAND_COLORS } from "./charts/colors";
import { EventsTimelineChart } from "./charts/lazy";

/** Damage events as date intervals, with the control periods as a band under the time axis. */
export function EventsOverTime({ events, total = events.length, periods, locale = "en" }: { events: EventRow[]; total?: number; periods: ControlPeriodRow[]; locale?: Locale }) {
  const { t, interval } = getI18n(locale);
  const domain = timeDomain([
    ...events.flatMap((e) => [e.dateEarliest, e.dateLatest]),
    ...periods.flatMap((p) => [p.startEarliest, p.endLatest]),
  ]);
  if (!domain) return <p>{t("charts.noEvents")}</p>;
  const { rows, undated } = eventRanges(
    events.map((e) => ({ ...e, label: nameIn(locale, e.monument).value })),
    domain,
    interval,
  );
  const spans = controlSpans(periods.map((p) => ({ ...p, actor: p.actor.name })), domain[1], { interval, when: (start, end) => (end ? t("control.whenUntil", { start, end }) : t("control.when", { start })) });
  const actors = [...new Set(spans.map((s) => s.actor))];
  return (
    <figure className="space-y-3" data-testid="events-over-time">
      <figcaption className="text-sm text-stone-700">
        {t("charts.caption")}
        {undated.length ? ` ${t(undated.length === 1 ? "charts.undatedOne" : "charts.undated", { count: undated.length })}` : ""}
        {total > events.length ? (
          <>
            {` ${t("charts.latestOf", { shown: events.length, total })} `}
            <a href={localePath(locale, "/events?sort=date-desc")} className="underline">{t("charts.allEvents")}</a>
          </>
        ) : null}
      </figcaption>
      <EventsTimelineChart rows={rows} spans={spans} domain={domain} ticks={halfYearTicks(domain)} />
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("charts.bandLabel")}>
        {spans.map((s) => (
          <li key={s.id} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-5" style={{ background: BAND_COLORS[actors.indexOf(s.actor) % BAND_COLORS.length] }} />
            {s.actor} {s.when}
          </li>
        ))}
      </ul>
      <table className="w-full text-start text-sm">
        <caption className="sr-only">{t("charts.tableCaption")}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-1 pe-3">{t("charts.monument")}</th>
            <th scope="col" className="py-1 pe-3">{t("charts.when")}</th>
            <th scope="col" className="py-1">{t("charts.extent")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-stone-200" data-testid="interval-row">
              <td className="py-1 pe-3">{r.label}</td>
              <td className="py-1 pe-3">{r.when}</td>
              <td className="py-1">{r.extent ? t(`status.${extentToStatus(r.extent)}`) : t("common.notAssessed")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

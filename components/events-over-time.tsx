import { controlSpans, eventRanges, halfYearTicks, timeDomain } from "@/lib/charts";
import { EXTENT_LABELS } from "@/lib/labels";
import type { ControlPeriodRow } from "@/lib/queries/control";
import type { EventRow } from "@/lib/queries/events";
import { BAND_COLORS } from "./charts/colors";
import { EventsTimelineChart } from "./charts/lazy";

/** Damage events as date intervals, with the control periods as a band under the time axis. */
export function EventsOverTime({ events, total = events.length, periods }: { events: EventRow[]; total?: number; periods: ControlPeriodRow[] }) {
  const domain = timeDomain([
    ...events.flatMap((e) => [e.dateEarliest, e.dateLatest]),
    ...periods.flatMap((p) => [p.startEarliest, p.endLatest]),
  ]);
  if (!domain) return <p>No dated events yet.</p>;
  const { rows, undated } = eventRanges(
    events.map((e) => ({ ...e, label: e.monument.name })),
    domain,
  );
  const spans = controlSpans(periods.map((p) => ({ ...p, actor: p.actor.name })), domain[1]);
  const actors = [...new Set(spans.map((s) => s.actor))];
  return (
    <figure className="space-y-3" data-testid="events-over-time">
      <figcaption className="text-sm text-stone-700">
        Each bar runs from the earliest to the latest date on which the damage may have happened, as the sources date it:
        a long bar is an uncertain date, not a long event. The band below shows who held the city.
        {undated.length ? ` ${undated.length} undated event${undated.length === 1 ? " is" : "s are"} not drawn.` : ""}
        {total > events.length ? (
          <>
            {` The ${events.length} latest-dated of ${total} events are drawn; `}
            <a href="/events?sort=date-desc" className="underline">all events</a> are listed page by page.
          </>
        ) : null}
      </figcaption>
      <EventsTimelineChart rows={rows} spans={spans} domain={domain} ticks={halfYearTicks(domain)} />
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Who held the city (the band under the time axis)">
        {spans.map((s) => (
          <li key={s.id} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-5" style={{ background: BAND_COLORS[actors.indexOf(s.actor) % BAND_COLORS.length] }} />
            {s.actor} {s.when}
          </li>
        ))}
      </ul>
      <table className="w-full text-start text-sm">
        <caption className="sr-only">Damage events and their date intervals</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-1 pe-3">Monument</th>
            <th scope="col" className="py-1 pe-3">When</th>
            <th scope="col" className="py-1">Extent</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-stone-200" data-testid="interval-row">
              <td className="py-1 pe-3">{r.label}</td>
              <td className="py-1 pe-3">{r.when}</td>
              <td className="py-1">{r.extent ? EXTENT_LABELS[r.extent] : "not assessed"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

import Link from "next/link";
import { formatInterval, toEdtf } from "@/lib/dates";
import { ATTRIBUTION_LABELS, CONFIDENCE_LABELS, EXTENT_LABELS, METHOD_LABELS } from "@/lib/labels";
import type { MonumentDetail } from "@/lib/queries/monuments";
import { supportLabel } from "@/lib/independence";
import { CitationQuote } from "./citation-quote";
import { EventExport } from "./export/event-export";

type Event = Omit<MonumentDetail["events"][number], "monumentId" | "state" | "archivedAt"> & { monument?: { slug: string; name: string } };

/** One dated claim: when (as an interval), what, by whom (and how attributed), how sure, quoted. */
export function EventItem({ event }: { event: Event }) {
  const interval = { earliest: event.dateEarliest, latest: event.dateLatest, precision: event.datePrecision };
  return (
    <li className="rounded border border-stone-300 bg-white p-4" data-testid="event" id={`event-${event.id}`}>
      <p className="text-sm text-stone-600">
        <time data-testid="event-date" dateTime={toEdtf(interval)}>{formatInterval(interval)}</time>
        {event.dateText ? <span> — “{event.dateText}”</span> : null}
      </p>
      <p className="mt-1 font-semibold">
        {event.monument ? (
          <>
            <Link href={`/monuments/${event.monument.slug}`} className="text-blue-800 underline">{event.monument.name}</Link>
            {" · "}
          </>
        ) : null}
        {METHOD_LABELS[event.method]}
        {event.extent ? ` · ${EXTENT_LABELS[event.extent]}` : " · extent not assessed"}
      </p>
      <p className="text-sm text-stone-700">
        {event.actor ? (
          <>
            Attribution: {event.attribution ? ATTRIBUTION_LABELS[event.attribution] : "attributed to"} {event.actor.name}
            {" · "}
          </>
        ) : null}
        Confidence: {CONFIDENCE_LABELS[event.confidence]} · <span data-testid="support">{supportLabel(event.support)}</span>
        {event.sameAsId ? " · another source's account of the same occurrence" : ""}
      </p>
      <p className="mt-2">{event.description}</p>
      <div className="mt-3 space-y-3">
        {event.citations.map((c) => (
          <CitationQuote key={c.id} citation={c} />
        ))}
      </div>
      <EventExport event={event} />
    </li>
  );
}

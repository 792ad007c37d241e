import Link from "@/components/locale-link";
import { formatInterval, toEdtf } from "@/lib/dates";
import { ATTRIBUTION_LABELS, CONFIDENCE_LABELS, EXTENT_LABELS, METHOD_LABELS } from "@/lib/labels";
import type { MonumentDetail } from "@/lib/queries/monuments";
import { supportLabel } from "@/lib/independence";
import { CitationQuote } from "./citation-quote";
import { EventExport } from "./export/event-export";

type Event = Omit<MonumentDetail["events"][number], "monumentId" | "state" | "archivedAt" | "actorId" | "reportedOn" | "origins"> & { monument?: { slug: string; name: string } };
type Link = { href: string; label: string };

/**
 * One dated claim: when (as an interval), what, by whom (and how attributed), how sure, quoted,
 * and links to other sources' accounts of the same occurrence.
 */
export function EventItem({ event, otherAccounts }: { event: Event; otherAccounts?: Link[] }) {
  // Without the list (the events list), link to the occurrence's first account on its monument's page.
  const others: Link[] =
    otherAccounts ?? (event.sameAsId && event.monument ? [{ href: `/monuments/${event.monument.slug}#event-${event.sameAsId}`, label: "the first account" }] : []);
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
      </p>
      {others.length ? (
        <p className="text-sm text-stone-700" data-testid="other-accounts">
          {event.sameAsId ? "Another source's account of the same occurrence" : "The same occurrence"}, also reported by{" "}
          {others.map((o, i) => (
            <span key={o.href}>
              {i ? ", " : ""}
              <a href={o.href} className="underline">{o.label}</a>
            </span>
          ))}
          .
        </p>
      ) : null}
      {event.figureLabel && event.figureValue !== null ? (
        <p className="text-sm">
          States: {event.figureLabel}: <strong>{event.figureValue}</strong>
        </p>
      ) : null}
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

import Link from "@/components/locale-link";
import { formatInterval } from "@/lib/dates";
import { EXTENT_LABELS, METHOD_LABELS } from "@/lib/labels";
import { t } from "@/lib/messages";
import type { EventRow } from "@/lib/queries/events";
import { groupByQuote } from "@/lib/quote-groups";
import { CitationQuote } from "./citation-quote";

/** The events list grouped by quoted passage: each passage once, with the claims it supports. */
export function QuoteGroupList({ events }: { events: EventRow[] }) {
  const groups = groupByQuote<EventRow["citations"][number], EventRow>(events);
  return (
    <ol className="space-y-4" data-testid="quote-groups">
      {groups.map((g) => (
        <li key={g.key} className="rounded border border-stone-300 bg-white p-4" data-testid="quote-group">
          <CitationQuote citation={g.citation} />
          <p className="mt-2 text-sm font-medium">{t("events.supports", { count: g.events.length })}</p>
          <ul className="mt-1 space-y-1 text-sm">
            {g.events.map((e) => (
              <li key={e.id}>
                <Link href={`/monuments/${e.monument.slug}#event-${e.id}`} className="text-blue-800 underline">{e.monument.name}</Link>
                {" · "}
                {METHOD_LABELS[e.method]}
                {e.extent ? ` · ${EXTENT_LABELS[e.extent]}` : ""} ·{" "}
                {formatInterval({ earliest: e.dateEarliest, latest: e.dateLatest, precision: e.datePrecision })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

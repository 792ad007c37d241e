import Link from "@/components/locale-link";
import type { Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";
import { extentToStatus } from "@/lib/status";
import type { EventRow } from "@/lib/queries/events";
import { groupByQuote } from "@/lib/quote-groups";
import { CitationQuote } from "./citation-quote";
import { LocalName } from "./local-name";

/** The events list grouped by quoted passage: each passage once, with the claims it supports. */
export function QuoteGroupList({ events, locale = "en" }: { events: EventRow[]; locale?: Locale }) {
  const { t, interval } = getI18n(locale);
  const groups = groupByQuote<EventRow["citations"][number], EventRow>(events);
  return (
    <ol className="space-y-4" data-testid="quote-groups">
      {groups.map((g) => (
        <li key={g.key} className="rounded border border-stone-300 bg-white p-4" data-testid="quote-group">
          <CitationQuote citation={g.citation} locale={locale} />
          <p className="mt-2 text-sm font-medium">{t("events.supports", { count: g.events.length })}</p>
          <ul className="mt-1 space-y-1 text-sm">
            {g.events.map((e) => (
              <li key={e.id}>
                <Link href={`/monuments/${e.monument.slug}#event-${e.id}`} className="text-blue-800 underline"><LocalName of={e.monument} locale={locale} /></Link>
                {" · "}
                {t(`method.${e.method}`)}
                {e.extent ? ` · ${t(`status.${extentToStatus(e.extent)}`)}` : ""} ·{" "}
                {interval({ earliest: e.dateEarliest, latest: e.dateLatest, precision: e.datePrecision })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

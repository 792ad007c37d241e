import Link from "@/components/locale-link";
import { toEdtf } from "@/lib/dates";
import type { Locale } from "@/lib/locales";
import { getI18n, type Named } from "@/lib/messages";
import { extentToStatus } from "@/lib/status";
import { supportLabel } from "@/lib/independence";
import type { MonumentDetail } from "@/lib/queries/monuments";
import { CitationQuote } from "./citation-quote";
import { EventExport } from "./export/event-export";
import { LocalName } from "./local-name";

type Event = Omit<MonumentDetail["events"][number], "monumentId" | "state" | "archivedAt" | "actorId" | "reportedOn" | "origins"> & { monument?: Named & { slug: string } };
type Link = { href: string; label: string };

/**
 * One dated claim: when (as an interval), what, by whom (and how attributed), how sure, quoted,
 * and links to other sources' accounts of the same occurrence.
 */
export function EventItem({ event, otherAccounts, locale = "en" }: { event: Event; otherAccounts?: Link[]; locale?: Locale }) {
  const { t, interval: inWords, number, comma, path } = getI18n(locale);
  // Without the list (the events list), link to the occurrence's first account on its monument's page.
  const others: Link[] =
    otherAccounts ?? (event.sameAsId && event.monument ? [{ href: path(`/monuments/${event.monument.slug}#event-${event.sameAsId}`), label: t("event.firstAccount") }] : []);
  const interval = { earliest: event.dateEarliest, latest: event.dateLatest, precision: event.datePrecision };
  return (
    <li className="rounded border border-stone-300 bg-white p-4" data-testid="event" id={`event-${event.id}`}>
      <p className="text-sm text-stone-600">
        <time data-testid="event-date" dateTime={toEdtf(interval)}>{inWords(interval)}</time>
        {event.dateText ? <span> — “{event.dateText}”</span> : null}
      </p>
      <p className="mt-1 font-semibold">
        {event.monument ? (
          <>
            <Link href={`/monuments/${event.monument.slug}`} className="text-blue-800 underline"><LocalName of={event.monument} locale={locale} /></Link>
            {" · "}
          </>
        ) : null}
        {t(`method.${event.method}`)}
        {` · ${event.extent ? t(`status.${extentToStatus(event.extent)}`) : t("common.extentNotAssessed")}`}
      </p>
      <p className="text-sm text-stone-700">
        {event.actor ? (
          <>
            {t("event.attribution")} {event.attribution ? t(`attribution.${event.attribution}`) : t("event.attributedTo")} {event.actor.name}
            {" · "}
          </>
        ) : null}
        {t("common.confidence")} {t(`confidence.${event.confidence}`)} · <span data-testid="support">{supportLabel(event.support, { t })}</span>
      </p>
      {others.length ? (
        <p className="text-sm text-stone-700" data-testid="other-accounts">
          {t(event.sameAsId ? "event.otherSource" : "event.sameOccurrence")}{comma}{t("event.alsoReportedBy")}{" "}
          {others.map((o, i) => (
            <span key={o.href}>
              {i ? comma : ""}
              <a href={o.href} className="underline">{o.label}</a>
            </span>
          ))}
          .
        </p>
      ) : null}
      {event.figureLabel && event.figureValue !== null ? (
        <p className="text-sm">
          {t("event.states")} {event.figureLabel}: <strong>{locale === "en" ? event.figureValue : number(event.figureValue)}</strong>
        </p>
      ) : null}
      <p className="mt-2">{event.description}</p>
      <div className="mt-3 space-y-3">
        {event.citations.map((c) => (
          <CitationQuote key={c.id} citation={c} locale={locale} />
        ))}
      </div>
      <EventExport event={event} locale={locale} />
    </li>
  );
}

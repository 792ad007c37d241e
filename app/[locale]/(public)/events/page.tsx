import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { EventFilterForm } from "@/components/event-filter-form";
import { EventItem } from "@/components/event-item";
import { QuoteGroupList } from "@/components/quote-group-list";
import { groupByQuote } from "@/lib/quote-groups";
import { i18nOf } from "@/lib/page-locale";
import { PageMeta } from "@/components/page-meta";
import { eventDownloads } from "@/lib/downloads";
import { getLastUpdated } from "@/lib/queries/freshness";
import { ExportMenu } from "@/components/export/export-menu";
import { applyEventFilters, citationQueryOf, parseEventFilters, type SearchParams } from "@/lib/event-filters";
import { listEventFilterOptions, listEvents } from "@/lib/queries/events";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: (await i18nOf(params)).t("eventsPage.title") };
}

export default async function EventsPage({ searchParams, params: route }: { searchParams: Promise<SearchParams>; params: Promise<{ locale: string }> }) {
  const { t, locale } = await i18nOf(route);
  const params = await searchParams;
  const { filters, errors } = parseEventFilters(params);
  const grouped = params.group === "quote";
  const [events, options, updated] = await Promise.all([listEvents(), listEventFilterOptions(), getLastUpdated({ kind: "all" })]);
  const query = citationQueryOf(filters).replace(/^list=events&?/, "");
  const shown = applyEventFilters(events, filters);
  const disputed = events.filter((e) => e.disagreements.length > 0).length;
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">{t("eventsPage.title")}</h1>
      <p className="max-w-prose text-stone-700">
        {t("eventsPage.intro")}
      </p>
      <EventFilterForm filters={filters} monuments={options.monuments} actors={options.actors} grouped={grouped} locale={locale} />
      {errors.length ? (
        <ul role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          {errors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      ) : null}
      <p aria-live="polite" data-testid="event-count">
        {t(events.length === 1 ? "eventsPage.countOne" : "eventsPage.count", { shown: shown.length, total: events.length })}
      </p>
      <p className="text-sm text-stone-700" data-testid="disagreement-count">
        {t(disputed === 1 ? "eventsPage.disputedOne" : "eventsPage.disputed", { count: disputed })}{" "}
        {filters.disagreement ? null : <Link href="/events?disagreement=any" className="underline">{t("eventsPage.showThem")}</Link>}
      </p>
      {shown.length ? (
        <ExportMenu query={citationQueryOf(filters)} title={t("eventsPage.cite")} locale={locale} />
      ) : null}
      {shown.length ? (
        <p className="no-print text-sm">
          <Link href={`/events?${[query, filters.sort !== "date" ? `sort=${filters.sort}` : "", grouped ? "" : "group=quote"].filter(Boolean).join("&")}`} className="text-blue-800 underline" data-testid="group-toggle">
            {grouped ? t("events.listByEvent") : t("events.groupByQuote")}
          </Link>
        </p>
      ) : null}
      {shown.length && grouped ? (
        <>
          <p className="text-sm text-stone-700">{t("events.groupedNote", { count: groupByQuote(shown).length })}</p>
          <QuoteGroupList events={shown} locale={locale} />
        </>
      ) : shown.length ? (
        <ol className="space-y-4" data-testid="event-list">
          {shown.map((e) => (
            <EventItem key={e.id} event={e} locale={locale} />
          ))}
        </ol>
      ) : (
        <p>{t("eventsPage.noMatch")}</p>
      )}
      <PageMeta updated={updated} downloads={eventDownloads(query)} permalink={`/events${query || filters.sort !== "date" || grouped ? `?${[query, filters.sort !== "date" ? `sort=${filters.sort}` : "", grouped ? "group=quote" : ""].filter(Boolean).join("&")}` : ""}`} locale={locale} />
    </div>
  );
}

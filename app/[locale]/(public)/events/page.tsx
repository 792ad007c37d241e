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
import { citationQueryOf, parseEventFilters } from "@/lib/event-filters";
import { EVENTS_PAGING, firstParam, readListPage, toSearchParams, type SearchParams } from "@/lib/paging";
import { Pager } from "@/components/pager";
import { PageProblems } from "@/components/page-problems";
import { countDisagreeing } from "@/lib/queries/disagreements";
import { listEventFilterOptions, listEventPage } from "@/lib/queries/events";


export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: (await i18nOf(params)).t("eventsPage.title") };
}

export default async function EventsPage({ searchParams, params: route }: { searchParams: Promise<SearchParams>; params: Promise<{ locale: string }> }) {
  const { t, locale } = await i18nOf(route);
  const params = await searchParams;
  const { filters, errors } = parseEventFilters(params, locale);
  const grouped = params.group === "quote";
  const { page, problems } = readListPage({ page: firstParam(params.page), limit: firstParam(params.limit) }, EVENTS_PAGING, locale);
  const [{ total, all, items: shown }, options, disputed, updated] = await Promise.all([
    listEventPage(filters, page),
    listEventFilterOptions(),
    countDisagreeing(),
    getLastUpdated({ kind: "all" }),
  ]);
  const query = citationQueryOf(filters).replace(/^list=events&?/, "");
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">{t("eventsPage.title")}</h1>
      <p className="max-w-prose text-stone-700">
        {t("eventsPage.intro")}
      </p>
      <EventFilterForm filters={filters} monuments={options.monuments} actors={options.actors} grouped={grouped} locale={locale} />
      <PageProblems problems={[...errors, ...problems(total)]} />
      <p aria-live="polite" data-testid="event-count">
        {t(all === 1 ? "eventsPage.countOne" : "eventsPage.count", { shown: total, total: all })}
      </p>
      <p className="text-sm text-stone-700" data-testid="disagreement-count">
        {t(disputed === 1 ? "eventsPage.disputedOne" : "eventsPage.disputed", { count: disputed })}{" "}
        {filters.disagreement ? null : <Link href="/events?disagreement=any" className="underline">{t("eventsPage.showThem")}</Link>}
      </p>
      {total ? (
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
      ) : total ? null : (
        <p>{t("eventsPage.noMatch")}</p>
      )}
      {total ? <Pager path="/events" params={toSearchParams(params)} page={page} defaultLimit={EVENTS_PAGING.defaultLimit} total={total} rowsOnPage={shown.length} noun="events" locale={locale} /> : null}
      <PageMeta updated={updated} downloads={eventDownloads(query)} permalink={`/events${query || filters.sort !== "date" || grouped ? `?${[query, filters.sort !== "date" ? `sort=${filters.sort}` : "", grouped ? "group=quote" : ""].filter(Boolean).join("&")}` : ""}`} locale={locale} />
    </div>
  );
}

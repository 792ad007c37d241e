import Link from "@/components/locale-link";
import { textDirection } from "@/lib/labels";
import type { Locale } from "@/lib/locales";
import type { MonumentDetail, MonumentSummary } from "@/lib/queries/monuments";
import { AsOfForm } from "./as-of-form";
import { CitationQuote } from "./citation-quote";
import { ConditionTimeline } from "./condition-timeline";
import { Disagreements } from "./disagreements";
import { EventItem } from "./event-item";
import { ExportMenu } from "./export/export-menu";
import { LocalName } from "./local-name";
import { SiteMap } from "./map/site-map";
import { PageMeta } from "./page-meta";
import { oneMonumentDownloads } from "@/lib/downloads";
import { feedAlternates, FEED_PATHS } from "@/lib/feeds/paths";
import { StatusPanel } from "./status-panel";
import { occurrenceOf } from "@/lib/independence";
import { mapReading } from "@/lib/map";
import { getI18n, nameIn, type Named } from "@/lib/messages";
import { stepText } from "@/lib/status-text";
import { EVENTS_PAGING, latestAccounts, MONUMENT_ACCOUNTS_SHOWN } from "@/lib/paging";
import type { Clock } from "@/lib/time";

/** The monument page, shared by /monuments/[slug] and its cached "as of" variant. */
export function MonumentView({ monument, siteMonuments, siteTotal, updated, asOf, clock = "event", asOfError, locale = "en" }: { monument: MonumentDetail; siteMonuments: MonumentSummary[]; /** How many monuments its site has, when the map shows only the nearest (listSiteMapWindow). */ siteTotal?: number; updated: string | null; asOf?: string; clock?: Clock; asOfError?: string; locale?: Locale }) {
  const i18n = getI18n(locale);
  const { t, day, comma } = i18n;
  // In Arabic the Arabic name is the heading (where the record has one); the others follow.
  const title = nameIn(locale, monument);
  const asOfQuery = asOf ? `asOf=${asOf}${clock === "event" ? "" : `&clock=${clock}`}` : "";
  // Accounts of one occurrence, so each can link to the others.
  const byId = new Map(monument.events.map((e) => [e.id, e]));
  const occurrence = new Map(monument.events.map((e) => [e.id, occurrenceOf(e.id, byId)]));
  const othersOf = (id: string) => monument.events.filter((e) => e.id !== id && occurrence.get(e.id) === occurrence.get(id));
  // A monument with many accounts shows its latest here (the page stays light); all are on the events list.
  const { shown, hidden } = latestAccounts(monument.events, MONUMENT_ACCOUNTS_SHOWN);
  const allAccounts = `/events?monument=${encodeURIComponent(monument.slug)}&limit=${EVENTS_PAGING.maxLimit}`;
  const accountHref = (id: string) => (hidden.has(id) ? `${i18n.path(allAccounts)}#event-${id}` : `#event-${id}`);
  return (
    <article className="monument-page space-y-8">
      <header className="space-y-2">
        <nav aria-label={t("sites.breadcrumb")} className="text-sm text-stone-600" data-testid="breadcrumb">
          <Link href="/sites" className="underline">{t("sites.title")}</Link> ›{" "}
          <Link href={`/sites/${monument.site.slug}`} className="underline"><LocalName of={monument.site} locale={locale} /></Link>
          {monument.parent ? (
            <>
              {" "}› {t("monument.partOf")} <Link href={`/monuments/${monument.parent.slug}`} className="underline"><LocalName of={monument.parent} locale={locale} /></Link>
            </>
          ) : null}
        </nav>
        <h1 className="font-serif text-3xl font-semibold" lang={title.lang} dir={textDirection(title.lang)}>{title.value}</h1>
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={t("monument.names")}>
          {monument.names
            .filter((n) => n.value !== title.value)
            .map((n) => (
              <li key={n.value} className="text-stone-700">
                <span lang={n.lang} dir={textDirection(n.lang)} className={n.lang === "ar" ? "text-lg" : ""}>
                  {n.value}
                </span>{" "}
                <span className="text-xs text-stone-600">({n.lang}{comma}{t(`nameKind.${n.kind}`)})</span>
              </li>
            ))}
        </ul>
        <ExportMenu query={`monument=${encodeURIComponent(monument.slug)}`} title={t("monument.cite")} locale={locale} />
      </header>

      {asOfError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900">{asOfError}</p>
      ) : null}
      <AsOfForm path={`/monuments/${monument.slug}`} asOf={asOf} clock={clock} locale={locale} />
      {asOf ? (
        <p className="text-sm text-stone-700" data-testid="as-of-note">
          {clock === "reported"
            ? t("asOf.monumentReported", { date: day(asOf) })
            : t("asOf.monumentEvent", { date: day(asOf) })}
        </p>
      ) : null}
      <StatusPanel monument={monument} asOf={asOf} clock={clock} locale={locale} />

      <section aria-labelledby="condition-heading" className="space-y-2">
        <h2 id="condition-heading" className="text-lg font-semibold">{t("monument.condition")}</h2>
        <ConditionTimeline steps={monument.timeline} asOf={asOf} locale={locale} />
        {monument.reportedTimeline.length ? (
          <div className="text-sm">
            <h3 className="font-semibold">{t("monument.asReported")}</h3>
            <p className="text-stone-700">{t("monument.asReportedIntro")}</p>
            <ol data-testid="reported-steps">
              {monument.reportedTimeline.map((s) => (
                <li key={s.from}>{stepText(s, i18n)}</li>
              ))}
            </ol>
          </div>
        ) : null}
      </section>

      <Disagreements monument={monument} accountHref={accountHref} locale={locale} />

      <section aria-labelledby="about-heading" className="space-y-3">
        <h2 id="about-heading" className="text-lg font-semibold">{t("monument.about")}</h2>
        <p>{monument.description}</p>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">{t("monument.type")}</dt>
          <dd>{t(`monumentType.${monument.type}`)}</dd>
          <dt className="text-stone-600">{t("monument.built")}</dt>
          <dd>{monument.constructionDate ?? t("monument.notStated")}</dd>
          <dt className="text-stone-600">{t("monument.location")}</dt>
          <dd>
            {monument.latitude != null && monument.longitude != null
              ? `${monument.latitude.toFixed(5)}, ${monument.longitude.toFixed(5)} (${t(`precision.${monument.locationPrecision}`)})`
              : t("monument.noPosition", { site: nameIn(locale, monument.site).value, country: i18n.country(monument.site.countryCode, monument.site.country) })}
          </dd>
        </dl>
        <SiteMap site={monument.site} monuments={siteMonuments.filter((m) => m.siteId === monument.site.id)} current={monument.slug} reading={mapReading(asOf, clock, i18n)} headingLevel={3} locale={locale}
          nearest={siteTotal !== undefined && siteTotal > siteMonuments.length ? { total: siteTotal, href: `/map?site=${monument.site.slug}${asOfQuery ? `&${asOfQuery}` : ""}` } : undefined} />
        {monument.citations.length ? (
          <div className="space-y-3">
            <h3 className="font-semibold">{t("monument.sourcesSay")}</h3>
            {monument.citations.map((c) => (
              <CitationQuote key={c.id} citation={c} locale={locale} />
            ))}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="events-heading" className="space-y-3">
        <h2 id="events-heading" className="text-lg font-semibold">{t("monument.events")}</h2>
        {hidden.size ? (
          <p data-testid="latest-accounts">
            {t("monument.latestShown", { shown: shown.length, count: monument.events.length })}{" "}
            <Link href={allAccounts} className="text-blue-800 underline">{t("monument.allAccounts", { count: monument.events.length })}</Link>
          </p>
        ) : null}
        {monument.events.length ? (
          <ol className="space-y-4" data-testid="event-list">
            {shown.map((e) => (
              <EventItem key={e.id} event={e} locale={locale} otherAccounts={othersOf(e.id).map((o) => ({ href: accountHref(o.id), label: i18n.join([...new Set(o.citations.map((c) => c.source.publisher))]) || t("common.uncitedAccount") }))} />
            ))}
          </ol>
        ) : (
          <p>{t("monument.noEvents")}</p>
        )}
      </section>
      <PageMeta updated={updated} downloads={oneMonumentDownloads(monument.slug, asOfQuery)} feed={FEED_PATHS.monument(monument.slug)} permalink={`/monuments/${monument.slug}${asOfQuery ? `?${asOfQuery}` : ""}`} locale={locale} />
    </article>
  );
}

/** The monument's own Atom feed and the site-wide one, for <link rel="alternate">, titled in the reader's language. */
export function monumentFeeds(monument: Named & { slug: string }, locale: Locale) {
  return feedAlternates(getI18n(locale).t, { url: FEED_PATHS.monument(monument.slug), name: nameIn(locale, monument).value });
}

import Link from "@/components/locale-link";
import { AsOfForm } from "./as-of-form";
import { ControlTimeline } from "./control-timeline";
import { CountFigure } from "./count-figure";
import { EventItem } from "./event-item";
import { EventsOverTime } from "./events-over-time";
import { LocalName } from "./local-name";
import { SiteMap } from "./map/site-map";
import { MonumentList } from "./monument-list";
import { PageMeta } from "./page-meta";
import { StatusCounts } from "./status-counts";
import { rankCounts } from "@/lib/charts";
import type { DamageMethod } from "@/lib/domain";
import { siteDownloads } from "@/lib/downloads";
import { FEED_PATHS } from "@/lib/feeds/paths";
import { mapReading } from "@/lib/map";
import type { Locale } from "@/lib/locales";
import { getI18n, nameIn } from "@/lib/messages";
import { countByStatus } from "@/lib/queries/monuments";
import { firstFamilies } from "@/lib/families";
import { OVERVIEW_SHOWN, type SiteOverviewData, type SiteSummary } from "@/lib/queries/sites";
import { siteTitleIn } from "@/lib/site-text";

type Props = SiteOverviewData & {
  site: SiteSummary;
  updated: string | null;
  /** The page's own address: "/" for the default site (which also counts on a date), else /sites/<slug>. */
  permalink: string;
  locale?: Locale;
};

/**
 * One site, summarised: its monuments by status, a map, its latest claims over time, who held it,
 * its first monuments, each linking to the full, paged list. `/` and /sites/[slug].
 */
export function SiteOverview({ site, monuments, timeline, eventCounts, recent, years, periods, updated, permalink, locale = "en" }: Props) {
  const i18n = getI18n(locale);
  const { t } = i18n;
  // In Arabic, the Arabic name of the site where the record has one.
  const name = nameIn(locale, site).value;
  const counts = countByStatus(monuments);
  const actorNames = new Map(eventCounts.byActor.map((a) => [a.key, a.name] as const));
  const { shown: shownMonuments, topLevel } = firstFamilies(monuments, OVERVIEW_SHOWN);
  return (
    <div className="space-y-10">
      <section>
        {permalink !== "/" ? (
          <nav aria-label={t("sites.breadcrumb")} className="text-sm text-stone-600">
            <Link href="/sites" className="underline">{t("sites.title")}</Link> › <LocalName of={site} locale={locale} />
          </nav>
        ) : null}
        <h1 className="font-serif text-3xl font-semibold">{siteTitleIn(site, i18n)}</h1>
        <p className="mt-2 max-w-prose text-stone-700">
          {t(years ? "sites.introYears" : "sites.intro", { site: name, years: years ?? "" })}
        </p>
        {permalink === "/" ? (
          <p className="mt-2 text-sm">
            <Link href="/sites" className="text-blue-800 underline">{t("sites.allSites")}</Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="text-xl font-semibold">{t("sites.byStatus")}</h2>
        <StatusCounts counts={counts} locale={locale} />
        {permalink === "/" ? (
          <div className="mt-3">
            <AsOfForm path="/" title={t("asOf.countTitle")} locale={locale} />
          </div>
        ) : null}
      </section>
      {monuments.length <= OVERVIEW_SHOWN ? (
        <section aria-labelledby="where-heading" className="space-y-3">
          <h2 id="where-heading" className="text-xl font-semibold">{t("map.where")}</h2>
          <SiteMap site={site} monuments={monuments} reading={mapReading(undefined, "event", i18n)} headingLevel={3} locale={locale} />
          <p>
            <Link href={`/map?site=${site.slug}`} className="text-blue-800 underline">{t("map.openFull")}</Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="time-heading" className="space-y-3">
        <h2 id="time-heading" className="text-xl font-semibold">{t("sites.overTime")}</h2>
        <EventsOverTime events={timeline.items} total={timeline.total} periods={periods} locale={locale} />
      </section>
      {periods.length ? (
        <section aria-labelledby="control-heading">
          <h2 id="control-heading" className="text-xl font-semibold">{t("sites.control")}</h2>
          <div className="mt-3">
            <ControlTimeline periods={periods} locale={locale} />
          </div>
        </section>
      ) : null}
      <section aria-labelledby="breakdown-heading">
        <h2 id="breakdown-heading" className="text-xl font-semibold">{t("overviewPage.breakdown")}</h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <CountFigure
            testId="events-by-method"
            title={t("overviewPage.byMethod")}
            caption={t("overviewPage.byMethodCaption")}
            data={rankCounts(eventCounts.byMethod, (k) => t(`method.${k as DamageMethod}`))}
            locale={locale}
          />
          <CountFigure
            testId="events-by-actor"
            title={t("overviewPage.byActor")}
            caption={t("overviewPage.byActorCaption")}
            data={rankCounts(eventCounts.byActor, (k) => (k === "none" ? t("overviewPage.notAttributed") : (actorNames.get(k) ?? k)))}
            locale={locale}
          />
        </div>
      </section>
      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-xl font-semibold">{t("overviewPage.recent")}</h2>
        <ol className="space-y-4" data-testid="recent-reports">
          {recent.map((e) => (
            <EventItem key={e.id} event={e} locale={locale} />
          ))}
        </ol>
        <p><Link href="/events?sort=date-desc" className="text-blue-800 underline">{t("overviewPage.allEvents")}</Link></p>
      </section>
      <section aria-labelledby="monuments-heading">
        <h2 id="monuments-heading" className="text-xl font-semibold">{t("sites.monumentsHeading", { site: name })}</h2>
        <div className="mt-3">
          <MonumentList monuments={shownMonuments} locale={locale} />
        </div>
        {topLevel > OVERVIEW_SHOWN ? (
          <p className="mt-2">
            <Link href={`/monuments?site=${site.slug}`} className="text-blue-800 underline" data-testid="all-monuments">
              {t("sites.allMonuments", { count: monuments.length, site: name })}
            </Link>
            {" · "}
            <Link href={`/map?site=${site.slug}`} className="text-blue-800 underline">{t("map.openFull")}</Link>
          </p>
        ) : null}
      </section>
      <PageMeta updated={updated} downloads={siteDownloads(site.slug)} feed={FEED_PATHS.site(site.slug)} permalink={permalink} locale={locale} />
    </div>
  );
}

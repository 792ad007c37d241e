import type { Metadata } from "next";
import Link from "next/link";
import { PageMeta } from "@/components/page-meta";
import { ControlTimeline } from "@/components/control-timeline";
import { CountFigure } from "@/components/count-figure";
import { EventItem } from "@/components/event-item";
import { EventsOverTime } from "@/components/events-over-time";
import { MonumentList } from "@/components/monument-list";
import { AsOfForm } from "@/components/as-of-form";
import { SiteMap } from "@/components/map/site-map";
import { StatusCounts } from "@/components/status-counts";
import { rankCounts } from "@/lib/charts";
import type { DamageMethod } from "@/lib/domain";
import { mapReading } from "@/lib/map";
import { t } from "@/lib/messages";
import { METHOD_LABELS } from "@/lib/labels";
import { listControlPeriods } from "@/lib/queries/control";
import { countEvents, listRecentlyReported, listTimelineEvents } from "@/lib/queries/events";
import { countByStatus, listMonuments } from "@/lib/queries/monuments";
import { getLastUpdated } from "@/lib/queries/freshness";
import { listSites } from "@/lib/queries/sites";
import { eventDownloads, monumentDownloads } from "@/lib/downloads";
import { FEED_PATHS } from "@/lib/feeds/paths";

export const metadata: Metadata = {
  alternates: {
    types: {
      "application/atom+xml": [
        { url: FEED_PATHS.all, title: "Heritage Watch: published changes" },
        { url: FEED_PATHS.site("palmyra"), title: "Heritage Watch: Palmyra" },
      ],
    },
  },
};

// Static, refreshed on edit (lib/cache-tags.ts).
export const revalidate = 3600;

/**
 * The overview summarises: counts, the timeline of the latest-dated events, the latest reports and
 * the first monuments, each linking to its full, paged list. Past this many rows it stops listing.
 */
const SHOWN = 100;

export default async function OverviewPage() {
  const [monuments, periods, timeline, eventCounts, recent, sites, updated] = await Promise.all([
    listMonuments(),
    listControlPeriods(),
    listTimelineEvents(SHOWN),
    countEvents(),
    listRecentlyReported(3),
    listSites(),
    getLastUpdated({ kind: "all" }),
  ]);
  const site = sites[0];
  const counts = countByStatus(monuments);
  const actorNames = new Map(eventCounts.byActor.map((a) => [a.key, a.name] as const));
  const topLevel = monuments.filter((m) => !m.parentId);
  const listed = new Set(topLevel.slice(0, SHOWN).map((m) => m.id));
  const shownMonuments = monuments.filter((m) => listed.has(m.id) || (m.parentId !== null && listed.has(m.parentId)));
  return (
    <div className="space-y-10">
      <section>
        <h1 className="font-serif text-3xl font-semibold">Palmyra (Tadmur), Syria</h1>
        <p className="mt-2 max-w-prose text-stone-700">
          The state of Palmyra&apos;s monuments as reported by published sources, 2015–2017. Each status below is derived
          from dated, quoted claims; open a monument to see who says what.
        </p>
      </section>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="text-xl font-semibold">Monuments by status</h2>
        <StatusCounts counts={counts} />
        <div className="mt-3">
          <AsOfForm path="/" title="Count them on a date" />
        </div>
      </section>
      {site && monuments.length <= SHOWN ? (
        <section aria-labelledby="where-heading" className="space-y-3">
          <h2 id="where-heading" className="text-xl font-semibold">{t("map.where")}</h2>
          <SiteMap site={site} monuments={monuments} reading={mapReading(undefined, "event")} headingLevel={3} />
          <p>
            <Link href="/map" className="text-blue-800 underline">{t("map.openFull")}</Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="time-heading" className="space-y-3">
        <h2 id="time-heading" className="text-xl font-semibold">Damage events over time</h2>
        <EventsOverTime events={timeline.items} total={timeline.total} periods={periods} />
      </section>
      <section aria-labelledby="control-heading">
        <h2 id="control-heading" className="text-xl font-semibold">Who held the city</h2>
        <div className="mt-3">
          <ControlTimeline periods={periods} />
        </div>
      </section>
      <section aria-labelledby="breakdown-heading">
        <h2 id="breakdown-heading" className="text-xl font-semibold">How, and by whom</h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <CountFigure
            testId="events-by-method"
            title="Events by method."
            caption="Each published claim counted once; two sources on one occurrence count twice."
            data={rankCounts(eventCounts.byMethod, (k) => METHOD_LABELS[k as DamageMethod])}
          />
          <CountFigure
            testId="events-by-actor"
            title="Events by attributed actor."
            caption="Who the sources say did it (claimed, alleged or confirmed — see each event)."
            data={rankCounts(eventCounts.byActor, (k) => (k === "none" ? "Not attributed" : (actorNames.get(k) ?? k)))}
          />
        </div>
      </section>
      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-xl font-semibold">Most recent reports</h2>
        <ol className="space-y-4" data-testid="recent-reports">
          {recent.map((e) => (
            <EventItem key={e.id} event={e} />
          ))}
        </ol>
        <p><Link href="/events?sort=date-desc" className="text-blue-800 underline">All events, newest first</Link></p>
      </section>
      <section aria-labelledby="monuments-heading">
        <h2 id="monuments-heading" className="text-xl font-semibold">Monuments</h2>
        <div className="mt-3">
          <MonumentList monuments={shownMonuments} />
        </div>
        {topLevel.length > SHOWN ? (
          <p className="mt-2">
            <Link href="/monuments" className="text-blue-800 underline" data-testid="all-monuments">All {monuments.length} monuments</Link>
            {" · "}
            <Link href="/map" className="text-blue-800 underline">{t("map.openFull")}</Link>
          </p>
        ) : null}
      </section>
      <PageMeta updated={updated} downloads={[...monumentDownloads(), ...eventDownloads()]} feed={site ? FEED_PATHS.site(site.slug) : undefined} permalink="/" />
    </div>
  );
}

import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Status } from "@/lib/domain";
import { defaultSiteSlug } from "@/lib/env";
import { listControlPeriods } from "./control";
import { listRecentlyReported, listTimelineEvents, summariseEvents } from "./events";
import { listMonuments } from "./monuments";
import { ensureStatusesCurrent } from "./statuses";
import { visible } from "./public-filters";

const siteSelect = {
  id: true,
  slug: true,
  name: true,
  country: true,
  countryCode: true,
  latitude: true,
  longitude: true,
  unescoId: true,
  description: true,
  names: { select: { value: true, lang: true, kind: true }, orderBy: { value: "asc" } },
} as const;

/** Every site, in the order they were recorded (the first dataset first), with the position a map centres on. */
export const listSites = cache(async () => db().site.findMany({ orderBy: [{ createdAt: "asc" }, { slug: "asc" }], select: siteSelect }));

export type SiteSummary = Awaited<ReturnType<typeof listSites>>[number];

export const getSiteBySlug = cache(async (slug: string) => db().site.findUnique({ where: { slug }, select: siteSelect }));

/** The sites with at least one published monument, in the same order (the /monuments list's groups). */
export const listSitesWithMonuments = cache(async () =>
  db().site.findMany({ where: { monuments: { some: visible } }, orderBy: [{ createdAt: "asc" }, { slug: "asc" }], select: siteSelect }),
);

/**
 * The site `/` shows: DEFAULT_SITE (a slug) when it names a site, else the first site recorded —
 * Palmyra, for the founding dataset. null only for an empty database.
 */
export const getDefaultSite = cache(async () => {
  const sites = await listSites();
  const wanted = defaultSiteSlug();
  const site = (wanted && sites.find((s) => s.slug === wanted)) || sites[0] || null;
  if (wanted && site?.slug !== wanted) console.warn(`DEFAULT_SITE=${wanted} names no site; showing ${site?.slug ?? "nothing"}`);
  return site;
});

export type SiteCounts = SiteSummary & { monumentCount: number; eventCount: number; statusCounts: Map<Status, number> };

/**
 * Sites with how many published monuments each has, how many published claims, and its monuments by
 * derived status — counted in SQL from the stored statuses (lib/status-store.ts), not by reading
 * every monument. A window of the sites in list order (`offset`, `limit`), or the sites `slugs` names.
 */
export async function listSitesWithCounts(which: { offset: number; limit: number } | { slugs: string[] }): Promise<{ total: number; items: SiteCounts[] }> {
  await ensureStatusesCurrent();
  const order = [{ createdAt: "asc" as const }, { slug: "asc" as const }];
  const [total, sites] = await Promise.all([
    db().site.count(),
    "slugs" in which
      ? db().site.findMany({ where: { slug: { in: which.slugs } }, orderBy: order, select: siteSelect })
      : db().site.findMany({ orderBy: order, skip: which.offset, take: which.limit, select: siteSelect }),
  ]);
  const rows = sites.length
    ? await db().$queryRaw<{ siteId: string; status: string | null; monuments: number; events: number }[]>`
        SELECT m."siteId", s.status, count(*)::int AS monuments, coalesce(sum(s.events), 0)::int AS events
        FROM "Monument" m LEFT JOIN "MonumentStatus" s ON s."monumentId" = m.id
        WHERE m.state = 'PUBLISHED' AND m."archivedAt" IS NULL AND m."siteId" = ANY(${sites.map((x) => x.id)})
        GROUP BY m."siteId", s.status`
    : [];
  const items = sites.map((site) => {
    const own = rows.filter((r) => r.siteId === site.id);
    // A public monument without a stored status has none derived yet: "unknown", as the lists show it.
    const statusCounts = new Map<Status, number>();
    for (const r of own) {
      const status = (r.status ?? "unknown") as Status;
      statusCounts.set(status, (statusCounts.get(status) ?? 0) + r.monuments);
    }
    return { ...site, monumentCount: own.reduce((n, r) => n + r.monuments, 0), eventCount: own.reduce((n, r) => n + r.events, 0), statusCounts };
  });
  return { total, items };
}

/** How many monuments a site's overview lists, and events its timeline draws, before it links to the paged lists. */
export const OVERVIEW_SHOWN = 100;

/**
 * One site's overview, summarised: its monuments with their derived status (every one: the counts
 * need them), the OVERVIEW_SHOWN latest-dated of its published claims, its claims counted by method
 * and actor in SQL, its three latest reports, the years its claims span, and — on the default site
 * only — who held the area. Control periods carry no site in the schema: they were recorded for the
 * founding dataset, and are shown with it rather than on every site.
 */
export async function getSiteOverview(site: SiteSummary) {
  const [monuments, latest, summary, recent, defaultSite] = await Promise.all([
    listMonuments(undefined, "event", [site.slug]),
    listTimelineEvents(OVERVIEW_SHOWN, site.id),
    summariseEvents(site.id),
    listRecentlyReported(3, site.id),
    getDefaultSite(),
  ]);
  const periods = defaultSite?.id === site.id ? await listControlPeriods() : [];
  const eventCounts = { byMethod: summary.byMethod, byActor: summary.byActor };
  return { monuments, timeline: { total: summary.total, items: latest }, eventCounts, recent, years: summary.years, periods };
}

export type SiteOverviewData = Awaited<ReturnType<typeof getSiteOverview>>;

/** A site as /api/v1/sites returns it: its record, its counts, and where to read more. */
export function toApiSite(origin: string, s: SiteCounts) {
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    names: s.names,
    country: s.country,
    countryCode: s.countryCode,
    latitude: s.latitude,
    longitude: s.longitude,
    unescoId: s.unescoId,
    description: s.description,
    monumentCount: s.monumentCount,
    eventCount: s.eventCount,
    statusCounts: Object.fromEntries(s.statusCounts),
    monumentsUrl: `${origin}/api/v1/monuments?site=${s.slug}`,
    feedUrl: `${origin}/sites/${s.slug}/feed.xml`,
    url: `${origin}/sites/${s.slug}`,
  };
}

import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EventFilter } from "@/lib/api/params";
import { db } from "@/lib/db";
import type { EventFilters, EventSort } from "@/lib/event-filters";
import { summariseClaimGroups, type ClaimGroup } from "@/lib/charts";
import { inIdOrder, type PageRequest } from "@/lib/paging";
import { yearSpan } from "@/lib/site-text";
import { occurrenceFacts } from "./disagreements";
import { countEventsMatching, countPublishedEvents, eventWhereResolved } from "./event-filter";
import { eventFields, localNames, sourceFields, visible } from "./public-filters";
import { ensureStatusesCurrent } from "./statuses";

export const citationSelect = {
  id: true,
  quote: true,
  prefix: true,
  suffix: true,
  paragraph: true,
  field: true,
  source: { select: sourceFields },
} as const;

const eventRowSelect = {
  ...eventFields,
  monumentId: true,
  state: true,
  archivedAt: true,
  createdAt: true,
  actorId: true,
  monument: { select: { slug: true, name: true, siteId: true, names: localNames } },
  actor: { select: { slug: true, name: true } },
  citations: { where: { archivedAt: null, source: visible }, select: citationSelect },
} satisfies Prisma.DamageEventSelect;

/** Published events on published monuments, of one site when `siteId` is given (a site's overview). */
const published = (siteId?: string): Prisma.DamageEventWhereInput => ({ ...visible, monument: siteId ? { ...visible, siteId } : visible });

const byDate = (dir: "asc" | "desc"): Prisma.DamageEventOrderByWithRelationInput[] => [
  { dateEarliest: { sort: dir, nulls: "last" } },
  { dateLatest: { sort: dir, nulls: "last" } },
];

/** The /events sorts in SQL (enums sort in their declared order, worst extent and best grade first). */
const ORDER: Record<EventSort, Prisma.DamageEventOrderByWithRelationInput[]> = {
  date: byDate("asc"),
  "date-desc": byDate("desc"),
  monument: [{ monument: { name: "asc" } }, ...byDate("asc")],
  extent: [{ extent: { sort: "asc", nulls: "last" } }, ...byDate("asc")],
  confidence: [{ confidence: "asc" }, ...byDate("asc")],
};

/** Rows of the events list with their occurrence's independent support and disagreements. */
async function withOccurrenceFacts(rows: Prisma.DamageEventGetPayload<{ select: typeof eventRowSelect }>[]) {
  const { support, disagreements } = await occurrenceFacts(rows);
  return rows.map((e) => ({ ...e, support: support.get(e.id) ?? 0, disagreements: disagreements.get(e.id) ?? [] }));
}

/** The page's single-valued filters as the API's lists (one eventWhere for both). */
export function toEventFilter(f: EventFilters): EventFilter {
  const one = <T>(v: T | undefined): T[] => (v === undefined ? [] : [v]);
  return { monument: one(f.monument), method: one(f.method), extent: one(f.extent), confidence: one(f.confidence), actor: one(f.actor), disagreement: f.disagreement, from: f.from, to: f.to };
}

/**
 * One page of the events list, filtered and sorted in SQL: only the page's rows are loaded, with
 * their citations and what the other accounts of their occurrences say. `all` counts every
 * published event (the "n of all" line).
 */
export async function listEventPage(filters: EventFilters, page: PageRequest) {
  const filter = toEventFilter(filters);
  const where = await eventWhereResolved(filter);
  const [total, all, rows] = await Promise.all([
    countEventsMatching(filter, where),
    countPublishedEvents(),
    db().damageEvent.findMany({ where, orderBy: [...ORDER[filters.sort], { id: "asc" }], skip: page.offset, take: page.limit, select: eventRowSelect }),
  ]);
  return { total, all, items: await withOccurrenceFacts(rows) };
}

export type EventRow = Awaited<ReturnType<typeof listEventPage>>["items"][number];

/** The events whose sources were published last (newest publication first): the overview's latest reports. */
export async function listRecentlyReported(n: number, siteId?: string) {
  const citations = await db().citation.findMany({
    where: { archivedAt: null, source: { ...visible, publishedEarliest: { not: null } }, damageEvent: published(siteId) },
    orderBy: [{ source: { publishedEarliest: "desc" } }, { id: "asc" }],
    take: n * 10,
    select: { damageEventId: true },
  });
  const ids = [...new Set(citations.map((c) => c.damageEventId!))].slice(0, n);
  const rows = await db().damageEvent.findMany({ where: { id: { in: ids } }, select: eventRowSelect });
  return withOccurrenceFacts(inIdOrder(ids, rows));
}

/** These published events (ids) with their occurrences' facts, in the order given. */
export async function listEventsById(ids: string[]) {
  const rows = await db().damageEvent.findMany({ where: { ...published(), id: { in: ids } }, select: eventRowSelect });
  return withOccurrenceFacts(inIdOrder(ids, rows));
}

/** The overview's timeline: the `limit` latest-dated of a site's published events, oldest first. */
export async function listTimelineEvents(limit: number, siteId: string) {
  const rows = await db().damageEvent.findMany({ where: published(siteId), orderBy: [...byDate("desc"), { id: "asc" }], take: limit, select: eventRowSelect });
  return withOccurrenceFacts(rows.reverse());
}

/**
 * A site's published events summarised in one reading of its share of the claims: how many, counted
 * by method and by actor, and the dates they span. As five queries (a count, two groupBys, the
 * actors with claims, a date range), each read the same rows: 0.9–1.1 s together on the biggest generated site (700 monuments,
 * 13,000 claims) on a 2-core machine, where this one reading takes about 150 ms.
 */
export async function summariseEvents(siteId: string) {
  const groups = await db().$queryRaw<ClaimGroup[]>`
    SELECT e.method::text AS method, e."actorId" AS "actorId", count(*)::int AS count,
      least(min(e."dateEarliest"), min(e."dateLatest")) AS "dateEarliest", greatest(max(e."dateEarliest"), max(e."dateLatest")) AS "dateLatest"
    FROM "DamageEvent" e JOIN "Monument" m ON m.id = e."monumentId"
    WHERE e.state = 'PUBLISHED' AND e."archivedAt" IS NULL AND m.state = 'PUBLISHED' AND m."archivedAt" IS NULL AND m."siteId" = ${siteId}
    GROUP BY e.method, e."actorId"`;
  const summary = summariseClaimGroups(groups);
  const ids = summary.byActor.map((a) => a.key).filter((k) => k !== "none");
  const actor = new Map((await db().actor.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } })).map((a) => [a.id, a]));
  return {
    total: summary.total,
    byMethod: summary.byMethod,
    byActor: summary.byActor.map(({ key, count }) => ({ key: key === "none" ? key : (actor.get(key)?.slug ?? key), name: key === "none" ? null : (actor.get(key)?.name ?? key), count })),
    years: yearSpan(groups),
  };
}

/** Past this many monuments the filter form asks for a slug instead of listing them all. */
const MONUMENT_CHOICES = 200;

/** The choices offered by the /events filter form (monuments null when there are too many to list). */
export async function listEventFilterOptions() {
  await ensureStatusesCurrent();
  // Public monuments with a published event, as their stored counts say: listed only when few.
  const withEvents = { ...visible, derivedStatus: { events: { gt: 0 } } } satisfies Prisma.MonumentWhereInput;
  const [choices, actors] = await Promise.all([
    db().monument.count({ where: withEvents }),
    db().actor.findMany({ where: { archivedAt: null, events: { some: published() } }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  const monuments = choices > MONUMENT_CHOICES ? null : await db().monument.findMany({ where: withEvents, orderBy: { name: "asc" }, select: { slug: true, name: true, names: localNames } });
  return { monuments, actors };
}

import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EventFilter } from "@/lib/api/params";
import { db } from "@/lib/db";
import type { EventFilters, EventSort } from "@/lib/event-filters";
import { inIdOrder, type PageRequest } from "@/lib/paging";
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

/** Events for the overview's timeline: the `limit` latest-dated, and how many there are. */
export async function listTimelineEvents(limit: number, siteId?: string) {
  const where = published(siteId);
  const [total, rows] = await Promise.all([
    db().damageEvent.count({ where }),
    db().damageEvent.findMany({ where, orderBy: [...byDate("desc"), { id: "asc" }], take: limit, select: eventRowSelect }),
  ]);
  return { total, items: await withOccurrenceFacts(rows.reverse()) };
}

/** Published events counted by method and by actor (the overview's breakdowns), in SQL. */
export async function countEvents(siteId?: string) {
  const where = published(siteId);
  const [byMethod, byActor, actors] = await Promise.all([
    db().damageEvent.groupBy({ by: ["method"], where, _count: { _all: true } }),
    db().damageEvent.groupBy({ by: ["actorId"], where, _count: { _all: true } }),
    db().actor.findMany({ where: { events: { some: where } }, select: { id: true, slug: true, name: true } }),
  ]);
  const actor = new Map(actors.map((a) => [a.id, a]));
  return {
    byMethod: byMethod.map((r) => ({ key: r.method as string, count: r._count._all })),
    byActor: byActor.map((r) => ({ key: r.actorId ? (actor.get(r.actorId)?.slug ?? r.actorId) : "none", name: r.actorId ? (actor.get(r.actorId)?.name ?? r.actorId) : null, count: r._count._all })),
  };
}

/** The earliest and latest dates the published claims give (a site's "2015–2017"), in SQL. */
export async function eventDateRange(siteId?: string) {
  const { _min, _max } = await db().damageEvent.aggregate({ where: published(siteId), _min: { dateEarliest: true, dateLatest: true }, _max: { dateEarliest: true, dateLatest: true } });
  return [_min, _max];
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

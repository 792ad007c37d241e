import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MonumentFilter } from "@/lib/api/monument-filter";
import type { EventFilter } from "@/lib/api/params";
import { toEdtf, toIsoDay, type DateInterval } from "@/lib/dates";
import { db } from "@/lib/db";
import { occurrenceFacts } from "./disagreements";
import { countEventsMatching, eventWhereResolved } from "./event-filter";
import type { DisagreementKind } from "@/lib/disagreements";
import type { Clock } from "@/lib/time";
import { eachMonumentBatch, getMonumentSummary, listMonumentPage, listMonumentPageAsOf, listMonuments } from "./monuments";
import { eventFields, sourceFields, visible, visibleActor } from "./public-filters";
import { chunks, inIdOrder } from "@/lib/paging";

// Records of the public JSON API: plain objects, dates as "YYYY-MM-DD", each with its page URL
// (absolute, from the request's origin). Only published, unarchived rows, like the pages.

export type Page = { limit: number; offset: number };
const day = (d: Date | null) => (d ? toIsoDay(d) : null);

export function dateOf(iv: DateInterval & { text?: string | null }) {
  return { earliest: iv.earliest ? toIsoDay(iv.earliest) : null, latest: iv.latest ? toIsoDay(iv.latest) : null, precision: iv.precision, edtf: toEdtf(iv), text: iv.text ?? null };
}

type ApiMonumentRow = Awaited<ReturnType<typeof listMonuments>>[number];

function shapeMonument(m: ApiMonumentRow, origin: string, slugOf: (id: string) => string | null) {
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    site: m.site.slug,
    names: m.names,
    type: m.type,
    status: m.status,
    confidence: m.confidence,
    ...(m.status === "uncertain" && m.pending
      ? { certain: m.settled, possibly: m.pending.map((p) => ({ extent: p.extent, earliest: p.window.earliest, latest: p.window.latest })) }
      : {}),
    latitude: m.latitude,
    longitude: m.longitude,
    locationPrecision: m.locationPrecision,
    parent: m.parentId ? slugOf(m.parentId) : null,
    eventCount: m.eventCount,
    url: `${origin}/monuments/${m.slug}`,
  };
}

/** The public parents' slugs of these rows (the API names a parent by its slug). */
async function parentSlugs(items: { parentId: string | null }[]): Promise<Map<string, string>> {
  const parents = await db().monument.findMany({ where: { ...visible, id: { in: [...new Set(items.flatMap((m) => (m.parentId ? [m.parentId] : [])))] } }, select: { id: true, slug: true } });
  return new Map(parents.map((p) => [p.id, p.slug]));
}

/** Every monument matching the filter (the CSV and GeoJSON exports, a status or asOf filter). */
export async function listApiMonuments(origin: string, filter: MonumentFilter) {
  const all = await listMonuments(filter.asOf, filter.clock, filter.site);
  const slugOf = new Map(all.map((m) => [m.id, m.slug]));
  return all
    .filter((m) => (!filter.status.length || filter.status.includes(m.status)) && (!filter.type.length || filter.type.includes(m.type)))
    .map((m) => shapeMonument(m, origin, (id) => slugOf.get(id) ?? null));
}

/** One monument as the API lists it, its status derived from its own and its components' claims. */
export async function getApiMonument(origin: string, slug: string, asOf?: string, clock?: Clock) {
  const m = await getMonumentSummary(slug, asOf, clock);
  if (!m) return null;
  const parent = m.parentId ? await db().monument.findFirst({ where: { id: m.parentId, ...visible }, select: { slug: true } }) : null;
  return shapeMonument(m, origin, () => parent?.slug ?? null);
}

/**
 * One page of monuments, cut in SQL with today's stored status (a status filter is a join); on a
 * past day (asOf), the page's monuments alone are derived from their claims — with a status filter,
 * every monument is (a batch of families at a time: listMonuments).
 */
export async function listApiMonumentPage(origin: string, filter: MonumentFilter, page: Page) {
  if (filter.asOf && filter.status.length) {
    const all = await listApiMonuments(origin, filter);
    return { total: all.length, items: all.slice(page.offset, page.offset + page.limit) };
  }
  const paging = { offset: page.offset, limit: page.limit, types: filter.type, sites: filter.site };
  const { total, items } = filter.asOf ? await listMonumentPageAsOf(paging, filter.asOf, filter.clock) : await listMonumentPage({ ...paging, statuses: filter.status });
  const slugOf = await parentSlugs(items);
  return { total, items: items.map((m) => shapeMonument(m, origin, (id) => slugOf.get(id) ?? null)) };
}
export type ApiMonument = Awaited<ReturnType<typeof listApiMonuments>>[number];

const eventSelect = {
  ...eventFields,
  updatedAt: true,
  monument: { select: { slug: true, name: true } },
  actor: { select: { slug: true, name: true } },
  citations: {
    // The source's visibility is checked on the rows read (publicCitations): as a join in the query,
    // PostgreSQL hashed every source for each batch of the full download (60 ms a batch on 50,000 sources).
    where: { archivedAt: null },
    // Quotes in the source's order; one download reads the same on every request.
    orderBy: [{ paragraph: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: { quote: true, paragraph: true, source: { select: { id: true, slug: true, title: true, publisher: true, state: true, archivedAt: true } } },
  },
} satisfies Prisma.DamageEventSelect;

type EventRow = Prisma.DamageEventGetPayload<{ select: typeof eventSelect }>;

/** The event's quotes whose source is public, with the source as the API shows it. */
const publicCitations = (e: EventRow, origin: string) =>
  e.citations
    .filter(({ source }) => source.state === visible.state && source.archivedAt === visible.archivedAt)
    .map(({ quote, paragraph, source: { state: _s, archivedAt: _a, ...source } }) => ({ quote, paragraph, source: { ...source, url: `${origin}/sources/${source.slug}` } }));

function shapeEvent(e: EventRow, origin: string, disagreements: Map<string, DisagreementKind[]>) {
  return {
    id: e.id,
    monument: { slug: e.monument.slug, name: e.monument.name, url: `${origin}/monuments/${e.monument.slug}` },
    date: dateOf({ earliest: e.dateEarliest, latest: e.dateLatest, precision: e.datePrecision, text: e.dateText }),
    method: e.method,
    extent: e.extent,
    actor: e.actor,
    attribution: e.attribution,
    confidence: e.confidence,
    description: e.description,
    figure: e.figureLabel !== null && e.figureValue !== null ? { label: e.figureLabel, value: e.figureValue } : null,
    sameAs: e.sameAsId,
    // Where this account differs from another account of the same occurrence.
    disagreements: disagreements.get(e.id) ?? [],
    citations: publicCitations(e, origin),
    updatedAt: e.updatedAt.toISOString(),
    url: `${origin}/monuments/${e.monument.slug}#event-${e.id}`,
  };
}
export type ApiEvent = ReturnType<typeof shapeEvent>;

const eventOrder: Prisma.DamageEventOrderByWithRelationInput[] = [{ dateEarliest: { sort: "asc", nulls: "last" } }, { dateLatest: "asc" }, { id: "asc" }];

export async function listApiEvents(origin: string, filter: EventFilter, page?: Page) {
  const where = await eventWhereResolved(filter);
  const [total, rows] = await Promise.all([
    countEventsMatching(filter, where),
    db().damageEvent.findMany({ where, orderBy: eventOrder, select: eventSelect, ...(page ? { skip: page.offset, take: page.limit } : {}) }),
  ]);
  // What the other accounts of these rows' occurrences say: read for the page's rows only.
  const { disagreements } = await occurrenceFacts(rows);
  return { total, items: rows.map((e) => shapeEvent(e, origin, disagreements)) };
}

/**
 * Every event matching the filter, in the list's order, in batches read one after another (keyset
 * on the order, so batch n does not re-read the rows before it): the CSV streams them. Each batch
 * loads its citations with one query of at most `batch` ids, far below PostgreSQL's 65,535
 * parameters.
 */
export async function* eachApiEventBatch(origin: string, filter: EventFilter, batch = 1000) {
  const where = await eventWhereResolved(filter);
  const none = new Map<string, DisagreementKind[]>();
  // The matching ids in list order first (one query along the date index), then the rows a batch at a
  // time by id. Prisma's cursor compares the cursor row's order columns in a chain of ORs (dates may
  // be null) that no index serves: every batch read from the start, and 200,000 claims took 160 s.
  const ids = (await db().damageEvent.findMany({ where, orderBy: eventOrder, select: { id: true } })).map((r) => r.id);
  for (const part of chunks(ids, batch)) {
    // By id alone (the filter chose them): joined to the filter's relations again, each batch hashed
    // every monument. A row unpublished since the ids were read is left out.
    const ordered = inIdOrder(part, await db().damageEvent.findMany({ where: { id: { in: part }, ...visible }, select: eventSelect }));
    if (ordered.length) yield ordered.map((e) => shapeEvent(e, origin, none));
  }
}

/**
 * Every monument matching the filter, a batch at a time (the GeoJSON download). Batches of 2,500: each
 * batch is a handful of queries (names, site, counts, statuses), and at 500 a batch they were most of the
 * time of 10,000 monuments (2.1–2.5 s; at 2,500, 0.9 s).
 */
export async function* eachApiMonumentBatch(origin: string, filter: MonumentFilter, batch = 2500) {
  if (filter.status.length || filter.asOf) {
    // A status filter or a date is derived over every monument (statuses are not stored).
    const all = await listApiMonuments(origin, filter);
    for (let i = 0; i < all.length; i += batch) yield all.slice(i, i + batch);
    return;
  }
  for await (const items of eachMonumentBatch({ types: filter.type, sites: filter.site, statuses: filter.status }, batch)) {
    const slugOf = await parentSlugs(items);
    yield items.map((m) => shapeMonument(m, origin, (id) => slugOf.get(id) ?? null));
  }
}

export async function getApiEvent(origin: string, id: string) {
  const e = await db().damageEvent.findFirst({ where: { id, ...visible, monument: visible }, select: eventSelect });
  return e ? shapeEvent(e, origin, (await occurrenceFacts([e])).disagreements) : null;
}

function shapeSource(s: Prisma.SourceGetPayload<{ select: typeof sourceFields }>, origin: string) {
  const { publishedEarliest, publishedLatest, publishedPrecision, publishedText, accessedAt, updatedAt, ...rest } = s;
  return {
    ...rest,
    published: dateOf({ earliest: publishedEarliest, latest: publishedLatest, precision: publishedPrecision, text: publishedText }),
    accessedAt: day(accessedAt),
    updatedAt: updatedAt.toISOString(),
    citationsUrl: `${origin}/api/v1/citations?source=${s.slug}&format=csl-json`,
    // `url` is the record's public page, as on every record; the report itself is `sourceUrl`.
    sourceUrl: s.url,
    url: `${origin}/sources/${s.slug}`,
  };
}

export async function listApiSources(origin: string, page: Page) {
  const [total, rows] = await Promise.all([
    db().source.count({ where: visible }),
    db().source.findMany({ where: visible, orderBy: [{ publishedEarliest: { sort: "asc", nulls: "last" } }, { id: "asc" }], select: sourceFields, skip: page.offset, take: page.limit }),
  ]);
  return { total, items: rows.map((s) => shapeSource(s, origin)) };
}

export async function getApiSource(origin: string, idOrSlug: string) {
  const s = await db().source.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], ...visible }, select: sourceFields });
  return s ? shapeSource(s, origin) : null;
}

export async function listApiActors(origin: string, page: Page) {
  const where = visibleActor;
  const [total, rows] = await Promise.all([
    db().actor.count({ where }),
    db().actor.findMany({ where, orderBy: { slug: "asc" }, skip: page.offset, take: page.limit, select: { id: true, slug: true, name: true, kind: true, aliases: { select: { value: true, lang: true } } } }),
  ]);
  // Actors have no page of their own yet: their events are listed under /api/v1/events?actor=<slug>.
  return { total, items: rows.map((a) => ({ ...a, eventsUrl: `${origin}/api/v1/events?actor=${a.slug}`, url: null })) };
}

export async function listApiControlPeriods(origin: string, page: Page) {
  const [total, rows] = await Promise.all([
    db().controlPeriod.count({ where: visible }),
    db().controlPeriod.findMany({
      where: visible,
      orderBy: [{ startEarliest: "asc" }, { id: "asc" }],
      skip: page.offset,
      take: page.limit,
      select: {
        id: true, startEarliest: true, startLatest: true, startPrecision: true, startText: true, endEarliest: true, endLatest: true,
        endPrecision: true, endText: true, confidence: true, description: true, updatedAt: true,
        actor: { select: { slug: true, name: true } },
        citations: { where: { archivedAt: null, source: visible }, select: { quote: true, source: { select: { id: true, slug: true, title: true } } } },
      },
    }),
  ]);
  return {
    total,
    items: rows.map((p) => ({
      id: p.id,
      actor: p.actor,
      start: dateOf({ earliest: p.startEarliest, latest: p.startLatest, precision: p.startPrecision, text: p.startText }),
      end: p.endPrecision ? dateOf({ earliest: p.endEarliest, latest: p.endLatest, precision: p.endPrecision, text: p.endText }) : null,
      confidence: p.confidence,
      description: p.description,
      citations: p.citations,
      updatedAt: p.updatedAt.toISOString(),
      // The overview page shows the control timeline.
      url: `${origin}/#control-heading`,
    })),
  };
}

import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { MonumentType, Status } from "@/lib/domain";
import { findDisagreements } from "@/lib/disagreements";
import { deriveParentStatus, deriveStatus, statusTimeline, type DerivedStatus, type StatusClaim } from "@/lib/status";
import { independentSupport, sourceOrigin } from "@/lib/independence";
import { ensureStatusesCurrent } from "./statuses";
import { asStatusClaim, claimSelect, type StoredStatus } from "@/lib/status-store";
import { chunks, inIdOrder } from "@/lib/paging";
import { familyBatches } from "@/lib/families";
import type { Clock } from "@/lib/time";
import { citationSelect } from "./events";
import { localNames, visible } from "./public-filters";

type Claim = StatusClaim;

/** Status of each monument, parents summarising their components (components first). */
function statusesOf(monuments: { id: string; slug: string; name: string; parentId: string | null; events: Claim[] }[], asOf?: string, clock: Clock = "event") {
  const result = new Map<string, ReturnType<typeof deriveStatus>>();
  const byParent = new Map<string, typeof monuments>();
  for (const m of monuments) {
    if (m.parentId) byParent.set(m.parentId, [...(byParent.get(m.parentId) ?? []), m]);
  }
  const visiting = new Set<string>();
  const resolve = (m: (typeof monuments)[number]): ReturnType<typeof deriveStatus> => {
    const known = result.get(m.id);
    if (known) return known;
    // A parent loop (A part of B, B part of A) must not take the pages down: the editor's form
    // refuses one, and here a component already being resolved is left out of its own ancestry.
    visiting.add(m.id);
    const components = (byParent.get(m.id) ?? [])
      .filter((c) => !visiting.has(c.id))
      .map((c) => ({ slug: c.slug, name: c.name, status: resolve(c).status, settled: resolve(c).settled }));
    visiting.delete(m.id);
    const derived = components.length ? deriveParentStatus(m.events, components, { asOf, clock }) : deriveStatus(m.events, { asOf, clock });
    result.set(m.id, derived);
    return derived;
  };
  monuments.forEach(resolve);
  return result;
}

const monumentFields = {
  id: true,
  slug: true,
  name: true,
  type: true,
  parentId: true,
  siteId: true,
  site: { select: { slug: true } },
  latitude: true,
  longitude: true,
  locationPrecision: true,
  names: { select: { value: true, lang: true, kind: true }, orderBy: { value: "asc" } },
} satisfies Prisma.MonumentSelect;

/** A monument with its claims: what a past day's status is derived from. */
const summarySelect = { ...monumentFields, events: { where: visible, select: claimSelect } } satisfies Prisma.MonumentSelect;
/**
 * A monument without its claims: today's status and its count of published claims are stored
 * (lib/status-store.ts). Counted by Prisma's `_count`, every list grouped all the claims of every
 * monument first (70–200 ms a render at 200,000 claims, whatever the list's size).
 */
const currentSelect = { ...monumentFields, derivedStatus: { select: { derived: true, events: true } } } satisfies Prisma.MonumentSelect;

type SummaryRow = Prisma.MonumentGetPayload<{ select: typeof summarySelect }>;
type CurrentRow = Prisma.MonumentGetPayload<{ select: typeof currentSelect }>;

/** A listed monument: its row, how many published claims it has, and the parts of its status the lists show. */
function withStatus<M extends { parentId: string | null }>(m: M, shown: Set<string>, eventCount: number, s: DerivedStatus) {
  return {
    ...m,
    // A component whose parent is not among the rows (a draft, archived) is listed on its own.
    parentId: m.parentId && shown.has(m.parentId) ? m.parentId : null,
    eventCount,
    status: s.status,
    confidence: s.confidence,
    // For an "uncertain" status: what is certain, and what may have happened in which window.
    settled: s.settled ?? null,
    pending: s.pending ?? null,
  };
}

/** Rows with their derived status; `listed` rows are returned, all of `rows` feed parents' summaries. */
function summarise(rows: SummaryRow[], listed: SummaryRow[], asOf?: string, clock: Clock = "event") {
  const shown = new Set(rows.map((m) => m.id));
  const withClaims = rows.map((m) => ({ ...m, events: m.events.map(asStatusClaim), parentId: m.parentId && shown.has(m.parentId) ? m.parentId : null }));
  const statuses = statusesOf(withClaims, asOf, clock);
  const wanted = new Set(listed.map((m) => m.id));
  return withClaims.filter((m) => wanted.has(m.id)).map(({ events, ...m }) => withStatus(m, shown, events.length, statuses.get(m.id)!));
}

const UNKNOWN: DerivedStatus = { status: "unknown", confidence: null, basis: [] };

/**
 * Rows read with `currentSelect`: their stored current status, no claim read. The caller has run
 * ensureStatusesCurrent() before reading them.
 */
function summariseStored(rows: CurrentRow[]) {
  const shown = new Set(rows.map((m) => m.id));
  return rows.map(({ derivedStatus, ...m }) => withStatus(m, shown, derivedStatus?.events ?? 0, (derivedStatus?.derived as unknown as StoredStatus | undefined) ?? UNKNOWN));
}

/** Monuments of these sites (slugs; none: every site). An unknown slug matches nothing. */
const inSites = (sites: string[]): Prisma.MonumentWhereInput => (sites.length ? { site: { slug: { in: sites } } } : {});
const listOrder: Prisma.MonumentOrderByWithRelationInput[] = [{ parentId: { sort: "asc", nulls: "first" } }, { name: "asc" }];

/** Every published monument (of `sites`, when given) with its status: stored for today, derived from the claims for a past day. */
export async function listMonuments(asOf?: string, clock: Clock = "event", sites: string[] = []) {
  const where = { ...visible, ...inSites(sites) };
  if (asOf === undefined) {
    await ensureStatusesCurrent();
    return summariseStored(await db().monument.findMany({ where, orderBy: listOrder, select: currentSelect }));
  }
  const order = await db().monument.findMany({ where, orderBy: listOrder, select: { id: true, parentId: true } });
  const derived = new Map<string, ReturnType<typeof summarise>[number]>();
  for (const batch of familyBatches(order, AS_OF_BATCH)) {
    // In list order, as one read of them all would give them (a parent loop resolves in that order);
    // a monument unpublished since the first read is left out.
    const rows = inIdOrder(batch, await db().monument.findMany({ where: { ...where, id: { in: batch } }, select: summarySelect }));
    for (const m of summarise(rows, rows, asOf, clock)) derived.set(m.id, m);
  }
  return order.flatMap((m) => derived.get(m.id) ?? []);
}

/** How many monuments (whole families, unless one is larger) a past day's derivation reads with their claims at once. */
const AS_OF_BATCH = 300;

/** How many monuments the map beside a monument shows: its site's, or the nearest this many in a bigger site. */
export const NEIGHBOURS_SHOWN = 50;

/**
 * The monuments the map on a monument's page shows, with their status today or on a past day: every
 * published monument of its site, or in a site of more than NEIGHBOURS_SHOWN, the monument itself and
 * its nearest neighbours with a recorded position (nearest to the site's centre when it has none).
 * `total` is how many the site has, for the caption and the link to its whole map.
 */
export async function listSiteMapWindow(monument: { id: string; site: { id: string; slug: string; latitude: number; longitude: number }; latitude: number | null; longitude: number | null }, asOf?: string, clock: Clock = "event") {
  const total = await db().monument.count({ where: { ...visible, siteId: monument.site.id } });
  if (total <= NEIGHBOURS_SHOWN) return { total, monuments: await listMonuments(asOf, clock, [monument.site.slug]) };
  const [lat, lon] = monument.latitude !== null && monument.longitude !== null ? [monument.latitude, monument.longitude] : [monument.site.latitude, monument.site.longitude];
  // Squared distance on a plane scaled by the latitude's cosine: exact enough within one site.
  const nearest = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "Monument"
    WHERE "siteId" = ${monument.site.id} AND state = 'PUBLISHED' AND "archivedAt" IS NULL AND id <> ${monument.id}
      AND latitude IS NOT NULL AND longitude IS NOT NULL AND "locationPrecision" IN ('EXACT', 'APPROXIMATE')
    ORDER BY power(latitude - ${lat}, 2) + power((longitude - ${lon}) * ${Math.cos((lat * Math.PI) / 180)}, 2), id
    LIMIT ${NEIGHBOURS_SHOWN - 1}`;
  const ids = [monument.id, ...nearest.map((r) => r.id)];
  if (asOf === undefined) return { total, monuments: await listMonumentsById(ids) };
  const rows = await db().monument.findMany({ where: { ...visible, id: { in: ids } }, select: summarySelect });
  return { total, monuments: inIdOrder(ids, await summariseOnDay(rows, asOf, clock)) };
}

/** These public monuments (ids) with their stored current status, in the order given. */
export async function listMonumentsById(ids: string[]) {
  await ensureStatusesCurrent();
  const rows = summariseStored(await db().monument.findMany({ where: { ...visible, id: { in: ids } }, select: currentSelect }));
  return inIdOrder(ids, rows);
}

/** The published components of `rows`, theirs, and so on: a parent's status summarises them. */
async function withDescendants<R extends { id: string }>(rows: R[], load: (parentIds: string[]) => Promise<R[]>): Promise<R[]> {
  const all = [...rows];
  const seen = new Set(rows.map((r) => r.id));
  let frontier = [...seen];
  while (frontier.length) {
    const kids = (await load(frontier)).filter((k) => !seen.has(k.id));
    kids.forEach((k) => seen.add(k.id));
    all.push(...kids);
    frontier = kids.map((k) => k.id);
  }
  return all;
}
const componentsOf = <S extends Prisma.MonumentSelect>(select: S) => (parentIds: string[]) => db().monument.findMany({ where: { ...visible, parentId: { in: parentIds } }, select });

/** `rows` with their status on a past day: their published components (and theirs) are read too, for the parents' summaries. */
async function summariseOnDay(rows: SummaryRow[], asOf: string, clock: Clock) {
  return summarise(await withDescendants(rows, componentsOf(summarySelect)), rows, asOf, clock);
}

/** One monument's summary (the API's record): its status summarises its components. */
export async function getMonumentSummary(slug: string, asOf?: string, clock: Clock = "event") {
  if (asOf === undefined) {
    await ensureStatusesCurrent();
    const row = await db().monument.findFirst({ where: { slug, ...visible }, select: currentSelect });
    if (!row) return null;
    const [m] = summariseStored([row]);
    return { ...m!, parentId: row.parentId };
  }
  const row = await db().monument.findFirst({ where: { slug, ...visible }, select: summarySelect });
  if (!row) return null;
  const [m] = await summariseOnDay([row], asOf, clock);
  return { ...m!, parentId: row.parentId };
}

/** A monument is listed at the top when it has no parent the public can see. */
const topLevel: Prisma.MonumentWhereInput = { OR: [{ parentId: null }, { parent: { OR: [{ state: { not: "PUBLISHED" } }, { archivedAt: { not: null } }] } }] };

/** The /monuments list: site by site, in the order the sites were recorded (lib/queries/sites.ts). */
const bySite: Prisma.MonumentOrderByWithRelationInput[] = [{ site: { createdAt: "asc" } }, { site: { slug: "asc" } }];

/**
 * One page of monuments, read in SQL: only the page's rows are loaded, with their stored status.
 * `nested` pages over top-level monuments, site by site, and returns their components too (the
 * /monuments list); otherwise every monument is a row (the API). `sites` (slugs) keeps one site's
 * or a few sites' monuments, `statuses` those of today's statuses.
 */
type ListFilters = { types?: MonumentType[]; sites?: string[]; statuses?: Status[] };

/** The monuments a list's filters select. */
const listScope = ({ types = [], sites = [], statuses = [] }: ListFilters): Prisma.MonumentWhereInput => ({
  ...visible,
  ...inSites(sites),
  ...(types.length ? { type: { in: types } } : {}),
  // Today's status is stored: the filter is a join (lib/status-store.ts), not a derivation of every monument.
  ...(statuses.length ? { derivedStatus: { status: { in: statuses } } } : {}),
});

/**
 * Every monument the filters select, in list order, a batch at a time (the downloads): the ids first
 * (one query), then each batch's rows by id, instead of a count and a sort past a growing offset per batch.
 * A row keeps its parent's id even when the parent is in another batch.
 */
export async function* eachMonumentBatch(filters: ListFilters, batch: number) {
  const where = listScope(filters);
  await ensureStatusesCurrent();
  const ids = (await db().monument.findMany({ where, orderBy: [...listOrder, { id: "asc" }], select: { id: true } })).map((r) => r.id);
  for (const part of chunks(ids, batch)) {
    const rows = inIdOrder(part, await db().monument.findMany({ where: { AND: [where, { id: { in: part } }] }, select: currentSelect }));
    const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
    if (rows.length) yield summariseStored(rows).map((m) => ({ ...m, parentId: parentOf.get(m.id) ?? null }));
  }
}

export async function listMonumentPage({ offset, limit, types = [], sites = [], statuses = [], nested = false }: { offset: number; limit: number; nested?: boolean } & ListFilters) {
  const scope = listScope({ types, sites, statuses });
  const where: Prisma.MonumentWhereInput = nested ? { ...scope, ...topLevel } : scope;
  const orderBy: Prisma.MonumentOrderByWithRelationInput[] = [...(nested ? bySite : []), ...listOrder, { id: "asc" }];
  // The status filter and the rows read the stored statuses: bring them up to date first.
  await ensureStatusesCurrent();
  const [total, everything, rows] = await Promise.all([
    db().monument.count({ where }),
    nested ? db().monument.count({ where: scope }) : null,
    db().monument.findMany({ where, orderBy, skip: offset, take: limit, select: currentSelect }),
  ]);
  const items = summariseStored(nested ? await withDescendants(rows, componentsOf(currentSelect)) : rows);
  // Rows whose parent is outside the page keep their parent's id (the API names the parent).
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
  // `total` counts the rows paged over; `all`, the monuments and components in scope.
  return { total, all: everything ?? total, items: items.map((m) => (parentOf.has(m.id) && !nested ? { ...m, parentId: parentOf.get(m.id) ?? null } : m)) };
}

/**
 * One page of monuments with their status on a past day: only the page's monuments and their
 * components are read with their claims and derived (a status filter needs every monument's: see
 * listMonuments). A row keeps its parent's id, as listMonumentPage's rows do.
 */
export async function listMonumentPageAsOf({ offset, limit, types = [], sites = [] }: { offset: number; limit: number } & ListFilters, asOf: string, clock: Clock) {
  const where = listScope({ types, sites });
  const [total, rows] = await Promise.all([
    db().monument.count({ where }),
    db().monument.findMany({ where, orderBy: [...listOrder, { id: "asc" }], skip: offset, take: limit, select: summarySelect }),
  ]);
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
  const items = await summariseOnDay(rows, asOf, clock);
  return { total, items: items.map((m) => ({ ...m, parentId: parentOf.get(m.id) ?? null })) };
}

export type MonumentSummary = Awaited<ReturnType<typeof listMonuments>>[number];

export function countByStatus(monuments: { status: Status }[]) {
  const counts = new Map<Status, number>();
  for (const m of monuments) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  return counts;
}

/** Wrapped in React cache(): generateMetadata and the page share one query per render. */
export const getMonumentBySlug = cache(async (slug: string, asOf?: string, clock: Clock = "event") => {
  const monument = await db().monument.findFirst({
    where: { slug, ...visible },
    select: {
      id: true,
      slug: true,
      name: true,
      type: true,
      constructionDate: true,
      constructionYear: true,
      description: true,
      latitude: true,
      longitude: true,
      locationPrecision: true,
      wikidataId: true,
      site: {
        select: {
          id: true,
          name: true,
          slug: true,
          country: true,
          unescoId: true,
          latitude: true,
          longitude: true,
          countryCode: true,
          names: localNames,
        },
      },
      parent: { select: { slug: true, name: true, state: true, archivedAt: true, names: localNames } },
      names: { select: { value: true, lang: true, kind: true }, orderBy: [{ kind: "asc" }, { value: "asc" }] },
      citations: { where: { archivedAt: null, source: visible }, select: citationSelect },
      components: {
        where: visible,
        select: { id: true, slug: true, name: true, names: localNames, parentId: true, events: { where: visible, select: claimSelect } },
      },
      events: {
        where: visible,
        orderBy: [{ dateEarliest: { sort: "asc", nulls: "last" } }, { dateLatest: "asc" }],
        select: {
          ...claimSelect,
          method: true,
          dateText: true,
          attribution: true,
          description: true,
          figureLabel: true,
          figureValue: true,
          actorId: true,
          actor: { select: { name: true, slug: true } },
          citations: { where: { archivedAt: null, source: visible }, select: citationSelect },
        },
      },
    },
  });
  if (!monument) return null;
  const events = monument.events.map(asStatusClaim);
  const components = monument.components.map((c) => ({ ...c, events: c.events.map(asStatusClaim) }));
  const statuses = statusesOf([{ ...monument, events, parentId: null }, ...components], asOf, clock);
  const support = independentSupport(events.map((e) => ({ id: e.id, sameAsId: e.sameAsId, origins: e.citations.map((c) => sourceOrigin(c.source)) })));
  const { parent } = monument;
  return {
    ...monument,
    // The parent is named and linked only while the public can open its page.
    parent: parent && parent.state === visible.state && parent.archivedAt === null ? { slug: parent.slug, name: parent.name, names: parent.names } : null,
    events: events.map((e) => ({ ...e, support: support.get(e.id) ?? 0 })),
    // The condition chart shows the monument's own claims on both clocks; a parent's summary of
    // its parts is in `derived`.
    timeline: statusTimeline(events, "event"),
    reportedTimeline: statusTimeline(events, "reported"),
    disagreements: findDisagreements(events),
    derived: statuses.get(monument.id)!,
    components: components.map((c) => ({ slug: c.slug, name: c.name, names: c.names, status: statuses.get(c.id)!.status })),
  };
});

export type MonumentDetail = NonNullable<Awaited<ReturnType<typeof getMonumentBySlug>>>;

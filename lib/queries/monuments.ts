import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Status } from "@/lib/domain";
import { findDisagreements } from "@/lib/disagreements";
import { deriveParentStatus, deriveStatus, statusTimeline, type StatusClaim } from "@/lib/status";
import { independentSupport, sourceOrigin } from "@/lib/independence";
import { storedStatuses } from "./statuses";
import { asStatusClaim, claimSelect } from "@/lib/status-store";
import type { Clock } from "@/lib/time";
import { citationSelect } from "./events";
import { visible } from "./public-filters";

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
} as const;

export async function listMonuments(asOf?: string, clock: Clock = "event") {
  // Today's status is stored (lib/status-store.ts); a past day on either clock is derived from the claims.
  if (asOf === undefined) return listMonumentsNow();
  const monuments = await db().monument.findMany({
    where: visible,
    orderBy: [{ parentId: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: { ...monumentFields, events: { where: visible, select: claimSelect } },
  });
  // A component whose parent is not public (a draft, archived) is listed on its own.
  const shown = new Set(monuments.map((m) => m.id));
  const listed = monuments.map((m) => ({ ...m, events: m.events.map(asStatusClaim), parentId: m.parentId && shown.has(m.parentId) ? m.parentId : null }));
  const statuses = statusesOf(listed, asOf, clock);
  return listed.map(({ events, ...m }) => ({
    ...m,
    eventCount: events.length,
    status: statuses.get(m.id)!.status,
    confidence: statuses.get(m.id)!.confidence,
    // For an "uncertain" status: what is certain, and what may have happened in which window.
    settled: statuses.get(m.id)!.settled ?? null,
    pending: statuses.get(m.id)!.pending ?? null,
  }));
}


/** The public monuments with their stored current status: one row each, no claim read. */
async function listMonumentsNow() {
  const [monuments, statuses] = await Promise.all([
    db().monument.findMany({
      where: visible,
      orderBy: [{ parentId: { sort: "asc", nulls: "first" } }, { name: "asc" }],
      select: { ...monumentFields, _count: { select: { events: { where: visible } } } },
    }),
    storedStatuses(),
  ]);
  const shown = new Set(monuments.map((m) => m.id));
  return monuments.map(({ _count, ...m }) => {
    const s = statuses.get(m.id) ?? { status: "unknown" as const, confidence: null, basis: [] };
    return {
      ...m,
      parentId: m.parentId && shown.has(m.parentId) ? m.parentId : null,
      eventCount: _count.events,
      status: s.status,
      confidence: s.confidence,
      settled: s.settled ?? null,
      pending: s.pending ?? null,
    };
  });
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
        },
      },
      parent: { select: { slug: true, name: true, state: true, archivedAt: true } },
      names: { select: { value: true, lang: true, kind: true }, orderBy: [{ kind: "asc" }, { value: "asc" }] },
      citations: { where: { archivedAt: null, source: visible }, select: citationSelect },
      components: {
        where: visible,
        select: { id: true, slug: true, name: true, parentId: true, events: { where: visible, select: claimSelect } },
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
    parent: parent && parent.state === visible.state && parent.archivedAt === null ? { slug: parent.slug, name: parent.name } : null,
    events: events.map((e) => ({ ...e, support: support.get(e.id) ?? 0 })),
    // The condition chart shows the monument's own claims on both clocks; a parent's summary of
    // its parts is in `derived`.
    timeline: statusTimeline(events, "event"),
    reportedTimeline: statusTimeline(events, "reported"),
    disagreements: findDisagreements(events),
    derived: statuses.get(monument.id)!,
    components: components.map((c) => ({ slug: c.slug, name: c.name, status: statuses.get(c.id)!.status })),
  };
});

export type MonumentDetail = NonNullable<Awaited<ReturnType<typeof getMonumentBySlug>>>;

import "server-only";
import { db } from "@/lib/db";
import { disagreementsByClaim } from "@/lib/disagreements";
import { independentSupport, sourceOrigin } from "@/lib/independence";
import { eventFields, sourceFields, visible } from "./public-filters";

export const citationSelect = {
  id: true,
  quote: true,
  prefix: true,
  suffix: true,
  paragraph: true,
  field: true,
  source: { select: sourceFields },
} as const;

/**
 * Every published event on a published monument, with its citations and how many independent
 * sources back its occurrence. The dataset is small (tens of claims): filtering and sorting
 * happen in lib/event-filters on these rows, the same code the unit tests exercise.
 */
export async function listEvents() {
  const events = await db().damageEvent.findMany({
    where: { ...visible, monument: visible },
    orderBy: [{ dateEarliest: { sort: "asc", nulls: "last" } }, { dateLatest: "asc" }],
    select: {
      ...eventFields,
      monumentId: true,
      state: true,
      archivedAt: true,
      createdAt: true,
      actorId: true,
      monument: { select: { slug: true, name: true, siteId: true } },
      actor: { select: { slug: true, name: true } },
      citations: { where: { archivedAt: null, source: visible }, select: citationSelect },
    },
  });
  const support = independentSupport(events.map((e) => ({ id: e.id, sameAsId: e.sameAsId, origins: e.citations.map((c) => sourceOrigin(c.source)) })));
  const disagreements = disagreementsByClaim(events);
  return events.map((e) => ({ ...e, support: support.get(e.id) ?? 0, disagreements: disagreements.get(e.id) ?? [] }));
}

export type EventRow = Awaited<ReturnType<typeof listEvents>>[number];

/** The choices offered by the /events filter form. */
export async function listEventFilterOptions() {
  const [monuments, actors] = await Promise.all([
    db().monument.findMany({ where: { ...visible, events: { some: visible } }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db().actor.findMany({ where: { archivedAt: null, events: { some: { ...visible, monument: visible } } }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { monuments, actors };
}

import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { hasEventFilter, type EventFilter } from "@/lib/api/params";
import { db } from "@/lib/db";
import { parseIsoDay } from "@/lib/dates";
import type { DisagreementFilter } from "@/lib/event-filters";
import { countDisagreeing, disagreementKept } from "./disagreements";
import { visible } from "./public-filters";
import { ensureStatusesCurrent } from "./statuses";

/** actor=none means "no attributed actor", as on the events page. */
function actorWhere(actors: string[]): Prisma.DamageEventWhereInput[] {
  const slugs = actors.filter((a) => a !== "none");
  return [...(slugs.length ? [{ actor: { slug: { in: slugs } } }] : []), ...(actors.includes("none") ? [{ actorId: null }] : [])];
}

/** Accounts in disagreement (of one kind), as lib/disagreement-store.ts keeps them beside the statuses. */
const disagreementWhere = (f: DisagreementFilter): Prisma.DamageEventWhereInput => ({ disagreement: { is: disagreementKept(f) } });

/**
 * Published events matching the events-list filters. from/to keep events whose date interval
 * could overlap [from, to] (an open bound is open-ended; undated events match no date filter).
 */
export function eventWhere(f: EventFilter, { withMonumentFilter = true }: { withMonumentFilter?: boolean } = {}): Prisma.DamageEventWhereInput {
  const and: Prisma.DamageEventWhereInput[] = [];
  if (f.from) and.push({ OR: [{ dateLatest: { gte: parseIsoDay(f.from)! } }, { dateLatest: null, dateEarliest: { not: null } }] });
  if (f.to) and.push({ OR: [{ dateEarliest: { lte: parseIsoDay(f.to)! } }, { dateEarliest: null, dateLatest: { not: null } }] });
  return {
    ...visible,
    monument: { ...visible, ...(withMonumentFilter && f.monument.length ? { slug: { in: f.monument } } : {}) },
    ...(f.method.length ? { method: { in: f.method } } : {}),
    ...(f.extent.length ? { extent: { in: f.extent } } : {}),
    ...(f.confidence.length ? { confidence: { in: f.confidence } } : {}),
    ...(f.actor.length ? { OR: actorWhere(f.actor) } : {}),
    ...(f.disagreement ? disagreementWhere(f.disagreement) : {}),
    ...(and.length ? { AND: and } : {}),
  };
}

/** eventWhere, once the stored disagreements a disagreement filter reads are up to date. */
export async function eventWhereResolved(f: EventFilter): Promise<Prisma.DamageEventWhereInput> {
  if (f.disagreement) await ensureStatusesCurrent();
  return eventWhere(f);
}

/** Every published event: the counts kept beside the statuses (lib/status-store.ts), one row per monument, summed. */
export async function countPublishedEvents(): Promise<number> {
  await ensureStatusesCurrent();
  return (await db().monumentStatus.aggregate({ _sum: { events: true } }))._sum.events ?? 0;
}

/**
 * How many published events match `f` (its eventWhereResolved is `where`). With no filter, or a
 * disagreement filter alone, the stored rows answer instead of a count that joins every published
 * event with its monument (200,000 rows at scale).
 */
export async function countEventsMatching(f: EventFilter, where: Prisma.DamageEventWhereInput): Promise<number> {
  if (f.monument.length || hasEventFilter({ ...f, disagreement: undefined })) return db().damageEvent.count({ where });
  return f.disagreement ? countDisagreeing(f.disagreement) : countPublishedEvents();
}

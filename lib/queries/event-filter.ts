import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EventFilter } from "@/lib/api/params";
import { parseIsoDay } from "@/lib/dates";
import type { DisagreementFilter } from "@/lib/event-filters";
import { visible } from "./public-filters";
import { ensureStatusesCurrent } from "./statuses";

/** actor=none means "no attributed actor", as on the events page. */
function actorWhere(actors: string[]): Prisma.DamageEventWhereInput[] {
  const slugs = actors.filter((a) => a !== "none");
  return [...(slugs.length ? [{ actor: { slug: { in: slugs } } }] : []), ...(actors.includes("none") ? [{ actorId: null }] : [])];
}

/** Accounts in disagreement (of one kind), as lib/disagreement-store.ts keeps them beside the statuses. */
const disagreementWhere = (f: DisagreementFilter): Prisma.DamageEventWhereInput => ({ disagreement: f === "any" ? { isNot: null } : { is: { kinds: { has: f } } } });

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

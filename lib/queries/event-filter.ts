import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EventFilter } from "@/lib/api/params";
import { parseIsoDay } from "@/lib/dates";
import { idsInDisagreement } from "./disagreements";
import { visible } from "./public-filters";

/** actor=none means "no attributed actor", as on the events page. */
function actorWhere(actors: string[]): Prisma.DamageEventWhereInput[] {
  const slugs = actors.filter((a) => a !== "none");
  return [...(slugs.length ? [{ actor: { slug: { in: slugs } } }] : []), ...(actors.includes("none") ? [{ actorId: null }] : [])];
}

/**
 * Published events matching the events-list filters. from/to keep events whose date interval
 * could overlap [from, to] (an open bound is open-ended; undated events match no date filter).
 */
export function eventWhere(f: EventFilter, { withMonumentFilter = true, disputedIds }: { withMonumentFilter?: boolean; disputedIds?: string[] } = {}): Prisma.DamageEventWhereInput {
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
    // A disagreement filter is resolved to ids first (lib/queries/disagreements.ts).
    ...(f.disagreement ? { id: { in: disputedIds ?? [] } } : {}),
    ...(and.length ? { AND: and } : {}),
  };
}

/** eventWhere with a disagreement filter resolved against the published accounts. */
export async function eventWhereResolved(f: EventFilter): Promise<Prisma.DamageEventWhereInput> {
  return eventWhere(f, { disputedIds: f.disagreement ? await idsInDisagreement(f.disagreement) : undefined });
}

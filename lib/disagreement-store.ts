// Disagreements kept in the database. Which accounts of an occurrence disagree stays derived from
// the claims (lib/disagreements.ts); this module stores each published account's kinds of
// disagreement in EventDisagreement, so /events and the API count and filter them in SQL instead
// of reading every linked account on every request. lib/status-store.ts refreshes it with the
// statuses of the monuments a write noted (MonumentStatusStale). An occurrence can span monuments
// (an account moved to another monument keeps its sameAsId), so a refresh derives whole
// occurrences, wherever their accounts are. Not "server-only": the importer, the seed and the
// generator run it under tsx.

import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { disagreementsByClaim } from "@/lib/disagreements";
import { occurrenceOf } from "@/lib/independence";
import { chunks } from "@/lib/paging";
import { visible } from "@/lib/queries/public-filters";

/** What lib/disagreements reads of an account. */
export const accountSelect = {
  id: true,
  sameAsId: true,
  dateEarliest: true,
  dateLatest: true,
  extent: true,
  method: true,
  actorId: true,
  figureLabel: true,
  figureValue: true,
} as const;

/** Published accounts with one of these ids, or linked to one by sameAsId. */
export const publishedLinkedTo = (ids: string[]) =>
  ({ ...visible, monument: visible, OR: [{ id: { in: ids } }, { sameAsId: { in: ids } }] }) satisfies Prisma.DamageEventWhereInput;

/**
 * Every published account of the occurrences of `ids`: the accounts themselves, those linked to
 * them, and so on, read by `load` (publishedLinkedTo). An unpublished account still joins the
 * accounts that name it, as it does when lib/disagreements reads every published account.
 */
export async function readOccurrences<A extends { id: string; sameAsId: string | null }>(ids: Iterable<string>, load: (ids: string[]) => Promise<A[]>): Promise<A[]> {
  const rows = new Map<string, A>();
  const asked = new Set<string>();
  let ask = [...new Set(ids)];
  while (ask.length) {
    ask.forEach((id) => asked.add(id));
    const found = await load(ask);
    found.forEach((r) => rows.set(r.id, r));
    ask = [...new Set(found.flatMap((r) => (r.sameAsId ? [r.id, r.sameAsId] : [r.id])))].filter((id) => !asked.has(id));
  }
  return [...rows.values()];
}

/** An account that can share an occurrence: it names another, or another names it (published or not). */
const linked = { OR: [{ sameAsId: { not: null } }, { otherClaims: { some: {} } }] } satisfies Prisma.DamageEventWhereInput;

/**
 * Derives again, and stores, the disagreements of every published account of every occurrence the
 * accounts of these monuments belong to now, or belonged to when last stored: an account moved,
 * unlinked or unpublished leaves the other accounts of its former occurrence to derive again.
 * Returns how many accounts disagree among those derived.
 */
export async function refreshDisagreements(tx: Tx, monumentIds: string[]): Promise<number> {
  const seeds = new Set<string>();
  const formerly = new Set<string>();
  for (const part of chunks(monumentIds)) {
    const accounts = await tx.damageEvent.findMany({ where: { monumentId: { in: part }, ...linked }, select: { id: true } });
    accounts.forEach((a) => seeds.add(a.id));
    const rows = await tx.eventDisagreement.findMany({ where: { event: { monumentId: { in: part } } }, select: { occurrence: true } });
    rows.forEach((r) => formerly.add(r.occurrence));
  }
  const stored = new Set<string>();
  for (const part of chunks([...formerly])) {
    const rows = await tx.eventDisagreement.findMany({ where: { occurrence: { in: part } }, select: { eventId: true } });
    rows.forEach((r) => (seeds.add(r.eventId), stored.add(r.eventId)));
  }

  const accounts = await readOccurrences(seeds, async (ids) => {
    const found = [];
    for (const part of chunks(ids)) found.push(...(await tx.damageEvent.findMany({ where: publishedLinkedTo(part), select: accountSelect })));
    return found;
  });
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const rows = [...disagreementsByClaim(accounts)].map(([eventId, kinds]) => ({ eventId, occurrence: occurrenceOf(eventId, byId), kinds }));

  for (const part of chunks([...new Set([...stored, ...byId.keys()])])) await tx.eventDisagreement.deleteMany({ where: { eventId: { in: part } } });
  // Two refreshes of different monuments can share an occurrence: the second one's rows are the same.
  for (const part of chunks(rows)) await tx.eventDisagreement.createMany({ data: part, skipDuplicates: true });
  return rows.length;
}

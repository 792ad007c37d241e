import "server-only";
import { db } from "@/lib/db";
import { disagreementsByClaim, type DisagreementKind } from "@/lib/disagreements";
import type { DisagreementFilter } from "@/lib/event-filters";
import { independentSupport, sourceOrigin } from "@/lib/independence";
import { visible } from "./public-filters";

const accountSelect = {
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

/** An account can disagree only with another account of its occurrence: one linked by sameAsId. */
const inSharedOccurrence = { OR: [{ sameAsId: { not: null } }, { otherClaims: { some: { ...visible, monument: visible } } }] };

/**
 * Published accounts that disagree with another account of their occurrence, with the kinds of
 * disagreement. Derived from the claims themselves (lib/disagreements.ts), never stored; only
 * accounts that share their occurrence with another are read.
 */
export async function publishedDisagreements(): Promise<Map<string, DisagreementKind[]>> {
  const accounts = await db().damageEvent.findMany({ where: { ...visible, monument: visible, ...inSharedOccurrence }, select: accountSelect });
  return disagreementsByClaim(accounts);
}

/** Ids of the published accounts a disagreement filter keeps. */
export async function idsInDisagreement(filter: DisagreementFilter): Promise<string[]> {
  const kinds = await publishedDisagreements();
  return [...kinds].filter(([, k]) => (filter === "any" ? k.length > 0 : k.includes(filter))).map(([id]) => id);
}

/** How many published accounts disagree with another account of their occurrence. */
export async function countDisagreeing(): Promise<number> {
  return [...(await publishedDisagreements()).values()].filter((k) => k.length > 0).length;
}

/**
 * For a page of events: each one's disagreements and independent support, read from the published
 * accounts of their occurrences only (the page's rows, the accounts linked to them, and so on).
 */
export async function occurrenceFacts(events: { id: string; sameAsId: string | null }[]) {
  const rows = new Map<string, Awaited<ReturnType<typeof loadAccounts>>[number]>();
  const asked = new Set<string>();
  let ask = [...new Set(events.flatMap((e) => (e.sameAsId ? [e.id, e.sameAsId] : [e.id])))];
  while (ask.length) {
    ask.forEach((id) => asked.add(id));
    const found = await loadAccounts(ask);
    found.forEach((r) => rows.set(r.id, r));
    ask = [...new Set(found.flatMap((r) => (r.sameAsId ? [r.id, r.sameAsId] : [r.id])))].filter((id) => !asked.has(id));
  }
  const accounts = [...rows.values()];
  const support = independentSupport(accounts.map((a) => ({ id: a.id, sameAsId: a.sameAsId, origins: a.citations.map((c) => sourceOrigin(c.source)) })));
  return { support, disagreements: disagreementsByClaim(accounts) };
}

function loadAccounts(ids: string[]) {
  return db().damageEvent.findMany({
    where: { ...visible, monument: visible, OR: [{ id: { in: ids } }, { sameAsId: { in: ids } }] },
    select: { ...accountSelect, citations: { where: { archivedAt: null, source: visible }, select: { source: { select: { publisher: true, agency: true } } } } },
  });
}

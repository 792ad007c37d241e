import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { accountSelect, publishedLinkedTo, readOccurrences } from "@/lib/disagreement-store";
import { disagreementsByClaim } from "@/lib/disagreements";
import type { DisagreementFilter } from "@/lib/event-filters";
import { independentSupport, sourceOrigin } from "@/lib/independence";
import { visible } from "./public-filters";
import { ensureStatusesCurrent } from "./statuses";

/** Stored disagreements (lib/disagreement-store.ts) a disagreement filter keeps. */
export const disagreementKept = (f: DisagreementFilter): Prisma.EventDisagreementWhereInput => (f === "any" ? {} : { kinds: { has: f } });

/**
 * How many published accounts disagree with another account of their occurrence (on anything, or
 * on one kind): one count of the rows kept beside the statuses (brought up to date first).
 */
export async function countDisagreeing(f: DisagreementFilter = "any"): Promise<number> {
  await ensureStatusesCurrent();
  return db().eventDisagreement.count({ where: disagreementKept(f) });
}

/**
 * For a page of events: each one's disagreements and independent support, read from the published
 * accounts of their occurrences only (the page's rows, the accounts linked to them, and so on).
 */
export async function occurrenceFacts(events: { id: string; sameAsId: string | null }[]) {
  const accounts = await readOccurrences(events.flatMap((e) => (e.sameAsId ? [e.id, e.sameAsId] : [e.id])), loadAccounts);
  const support = independentSupport(accounts.map((a) => ({ id: a.id, sameAsId: a.sameAsId, origins: a.citations.map((c) => sourceOrigin(c.source)) })));
  return { support, disagreements: disagreementsByClaim(accounts) };
}

function loadAccounts(ids: string[]) {
  return db().damageEvent.findMany({
    where: publishedLinkedTo(ids),
    select: { ...accountSelect, citations: { where: { archivedAt: null, source: visible }, select: { source: { select: { publisher: true, agency: true } } } } },
  });
}

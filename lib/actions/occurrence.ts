import "server-only";
import type { Tx } from "@/lib/db";
import { matchOccurrences, type ProposedAccount } from "@/lib/intake/match";
import { describeWindow, windowOf } from "@/lib/time";
import { ActionFailure } from "./authorized-action";

// Accounts of one occurrence are linked by sameAsId to its first account (the root). The report form
// and the intake both add an account to a recorded occurrence, or warn before creating another one.

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The root of the occurrence the chosen event belongs to, checked to be about this monument. */
export async function occurrenceRoot(tx: Tx, monumentId: string, eventId: string | null): Promise<string | null> {
  if (!eventId) return null;
  const target = await tx.damageEvent.findUnique({ where: { id: eventId }, select: { id: true, sameAsId: true, monumentId: true } });
  if (!target || target.monumentId !== monumentId) {
    throw new ActionFailure({ status: "invalid", message: "The event chosen as the same occurrence is not about this monument. Nothing was saved." });
  }
  return target.sameAsId ?? target.id;
}

/** The monument's recorded occurrences this account could belong to, best first, each named by its first account. */
export async function findOccurrences(tx: Tx, p: ProposedAccount) {
  const events = await tx.damageEvent.findMany({
    where: { archivedAt: null, monumentId: p.monumentId },
    select: { id: true, sameAsId: true, monumentId: true, dateEarliest: true, dateLatest: true, extent: true, method: true, actorId: true, figureLabel: true, figureValue: true, description: true },
  });
  const accounts = events.map((e) => ({ ...e, dateEarliest: day(e.dateEarliest), dateLatest: day(e.dateLatest) }));
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return matchOccurrences(p, accounts).map((c) => {
    const root = byId.get(c.rootId)!;
    const text = root.description.length > 120 ? `${root.description.slice(0, 120)}…` : root.description;
    return { id: c.rootId, label: `${text} (${describeWindow(windowOf(root))}; ${c.accountIds.length} account${c.accountIds.length === 1 ? "" : "s"})` };
  });
}

import "server-only";
import { db } from "@/lib/db";
import { disagreementsByClaim, type DisagreementKind } from "@/lib/disagreements";
import type { DisagreementFilter } from "@/lib/event-filters";
import { visible } from "./public-filters";

/**
 * Published accounts that disagree with another account of their occurrence, with the kinds of
 * disagreement. Derived from the claims themselves (lib/disagreements.ts), never stored.
 */
export async function publishedDisagreements(): Promise<Map<string, DisagreementKind[]>> {
  const accounts = await db().damageEvent.findMany({
    where: { ...visible, monument: visible },
    select: { id: true, sameAsId: true, dateEarliest: true, dateLatest: true, extent: true, method: true, actorId: true, figureLabel: true, figureValue: true },
  });
  return disagreementsByClaim(accounts);
}

/** Ids of the published accounts a disagreement filter keeps. */
export async function idsInDisagreement(filter: DisagreementFilter): Promise<string[]> {
  const kinds = await publishedDisagreements();
  return [...kinds].filter(([, k]) => (filter === "any" ? k.length > 0 : k.includes(filter))).map(([id]) => id);
}

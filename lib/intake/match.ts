// Stage 5: is a suggested claim a new occurrence, or another account of one already recorded?
// Accounts of one occurrence are linked by sameAsId to its first account (the root). A
// suggestion matches an occurrence of the same monument whose window overlaps its own and whose
// extent is compatible (damage with damage, use with use, "intact" only with "intact"). The best
// match is the default ("add this account to event X"); what the new account would disagree on
// (date, extent, method, actor, figure) is listed before anything is saved.

import { findDisagreements, type Account, type DisagreementKind } from "../disagreements";
import type { DamageExtent, DamageMethod } from "../domain";
import { occurrenceOf } from "../independence";
import { intersectWindows, windowOf, type Window } from "../time";

export interface ExistingAccount extends Account {
  monumentId: string;
  description: string;
}

export interface Candidate {
  /** The occurrence's root account: what sameAsId points to. */
  rootId: string;
  accountIds: string[];
  /** The days every account and the suggestion allow. */
  window: Window | null;
  score: number;
  disagreements: { kind: DisagreementKind; values: string[] }[];
}

export interface ProposedAccount {
  monumentId: string;
  dateEarliest: string | null;
  dateLatest: string | null;
  extent: DamageExtent | null;
  method: DamageMethod;
  actorId: string | null;
  figureLabel: string | null;
  figureValue: number | null;
}

const compatible = (a: DamageExtent | null, b: DamageExtent | null) =>
  a === null || b === null ? a === b : (a === "NONE") === (b === "NONE");

const days = (w: Window) => (w.earliest && w.latest ? (Date.parse(w.latest) - Date.parse(w.earliest)) / 86_400_000 + 1 : Infinity);

/** The existing occurrences this account could belong to, best first. */
export function matchOccurrences(p: ProposedAccount, existing: ExistingAccount[]): Candidate[] {
  const byId = new Map(existing.map((a) => [a.id, a]));
  const groups = new Map<string, ExistingAccount[]>();
  for (const a of existing) {
    if (a.monumentId !== p.monumentId) continue;
    const root = occurrenceOf(a.id, byId);
    groups.set(root, [...(groups.get(root) ?? []), a]);
  }
  const mine: Window = { earliest: p.dateEarliest, latest: p.dateLatest };
  const out: Candidate[] = [];
  for (const [rootId, accounts] of groups) {
    if (!accounts.some((a) => compatible(a.extent, p.extent))) continue;
    // The accounts whose window meets this one. An occurrence's accounts often disagree on the date
    // (August by one, October by others): the days all of them allow may be none, so when they are,
    // the closest single account stands for the occurrence.
    const touching = accounts.filter((a) => intersectWindows([mine, windowOf(a)]) !== null);
    if (!touching.length) continue;
    const closest = touching
      .map((a) => ({ theirs: windowOf(a), overlap: intersectWindows([mine, windowOf(a)])! }))
      .sort((a, b) => days(a.overlap) - days(b.overlap))[0]!;
    const theirs = intersectWindows(touching.map(windowOf)) ?? closest.theirs;
    const overlap = intersectWindows([mine, ...touching.map(windowOf)]) ?? closest.overlap;
    // Tighter shared windows and the same extent make a better match.
    const sameExtent = accounts.some((a) => a.extent === p.extent) ? 2 : 0;
    // The same stated method, and, all else equal, the occurrence more sources reported.
    const sameMethod = p.method !== "UNKNOWN" && accounts.some((a) => a.method === p.method) ? 0.5 : 0;
    const reported = 0.05 * Math.log2(1 + accounts.length);
    const tight = overlap ? 1 / Math.log2(2 + Math.min(days(overlap), 4000)) : 0;
    const near = theirs && overlap ? Math.min(1, days(overlap) / Math.max(1, Math.min(days(theirs), days(mine)))) : 0;
    const proposed: Account = { id: "proposed", sameAsId: rootId, ...p };
    const disagreements = findDisagreements([...accounts, proposed])
      .filter((d) => d.sides.some((s) => s.claimIds.includes("proposed")) && d.sides.length > 1)
      .map((d) => ({ kind: d.kind, values: d.sides.map((s) => s.value) }));
    out.push({ rootId, accountIds: accounts.map((a) => a.id), window: overlap, score: sameExtent + sameMethod + tight + near + reported, disagreements });
  }
  return out.sort((a, b) => b.score - a.score);
}

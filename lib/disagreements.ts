// Where accounts of one occurrence disagree. Claims about the same occurrence are linked by
// sameAsId; they disagree when their date windows share no day, or when they state a different
// extent, method, actor, or figure (two columns left standing, or four). Only what both accounts
// state can differ: an unstated method (UNKNOWN) or actor (none) disagrees with nothing, and an
// unstated degree ("damaged") contradicts no precise extent but "no visible damage".

import type { DamageExtent, DamageMethod } from "./domain";
import { occurrenceOf } from "./independence";
import { extentsConflict } from "./status";
import { intersectWindows, isUndated, windowOf } from "./time";
import type { DateInput } from "./dates";

export const DISAGREEMENT_KINDS = ["date", "extent", "method", "actor", "figure"] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

export interface Account {
  id: string;
  sameAsId: string | null;
  dateEarliest: DateInput;
  dateLatest: DateInput;
  extent: DamageExtent | null;
  method: DamageMethod;
  actorId: string | null;
  figureLabel: string | null;
  figureValue: number | null;
}

export interface Disagreement {
  /** The occurrence: the id of the root of its sameAs tree. */
  occurrence: string;
  kind: DisagreementKind;
  /** The accounts on each side, by the value they state ("DESTROYED", "2", "2015-08-23"). */
  sides: { value: string; claimIds: string[] }[];
}

function sidesBy(accounts: Account[], valueOf: (a: Account) => string | null): Disagreement["sides"] {
  const sides = new Map<string, string[]>();
  for (const a of accounts) {
    const v = valueOf(a);
    if (v !== null) sides.set(v, [...(sides.get(v) ?? []), a.id]);
  }
  return [...sides].map(([value, claimIds]) => ({ value, claimIds }));
}

const windowText = (a: Account): string | null => {
  const w = windowOf(a);
  return isUndated(w) ? null : `${w.earliest ?? ".."}/${w.latest ?? ".."}`;
};

/** Every disagreement among the accounts, grouped by occurrence, in the order of DISAGREEMENT_KINDS. */
export function findDisagreements(accounts: Account[]): Disagreement[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const groups = new Map<string, Account[]>();
  for (const a of accounts) {
    const root = occurrenceOf(a.id, byId);
    groups.set(root, [...(groups.get(root) ?? []), a]);
  }
  const found: Disagreement[] = [];
  for (const [occurrence, group] of groups) {
    if (group.length < 2) continue;
    const add = (kind: DisagreementKind, sides: Disagreement["sides"]) => {
      if (sides.length > 1) found.push({ occurrence, kind, sides });
    };
    const dated = group.filter((a) => windowText(a) !== null);
    if (intersectWindows(dated.map(windowOf)) === null) add("date", sidesBy(dated, windowText));
    // A vague extent ("damaged", "possible") contradicts no precise one: only contradicting sides count.
    const extents = sidesBy(group, (a) => a.extent);
    add("extent", extents.filter((side) => extents.some((other) => extentsConflict(side.value as DamageExtent, other.value as DamageExtent))));
    add("method", sidesBy(group, (a) => (a.method === "UNKNOWN" ? null : a.method)));
    add("actor", sidesBy(group, (a) => a.actorId));
    const labels = new Set(group.map((a) => a.figureLabel?.trim().toLowerCase()).filter((l): l is string => !!l));
    for (const label of labels) {
      add("figure", sidesBy(group.filter((a) => a.figureLabel?.trim().toLowerCase() === label), (a) => (a.figureValue === null ? null : String(a.figureValue))));
    }
  }
  return found;
}

/** The ids of every account on some side of a disagreement. */
export function disputedClaimIds(disagreements: Disagreement[]): Set<string> {
  return new Set(disagreements.flatMap((d) => d.sides.flatMap((s) => s.claimIds)));
}

/** For each account: the kinds of disagreement it is part of (empty when none). */
export function disagreementsByClaim(accounts: Account[]): Map<string, DisagreementKind[]> {
  const kinds = new Map<string, DisagreementKind[]>();
  for (const d of findDisagreements(accounts)) {
    for (const id of d.sides.flatMap((s) => s.claimIds)) {
      const list = kinds.get(id) ?? [];
      if (!list.includes(d.kind)) kinds.set(id, [...list, d.kind]);
    }
  }
  return kinds;
}

/**
 * Of an account's quotes, the one that states the disputed value: the passage that holds the
 * account's own wording of the date, the figure's digits, or the actor's name; otherwise the first.
 * A disagreement shows this one beside the other side's, and points to the account for the rest.
 */
export function decisiveQuote(kind: DisagreementKind, account: { dateText: string | null; figureValue: number | null; actorName: string | null }, quotes: string[]): number {
  const has = (needle: string | null) => {
    if (!needle?.trim()) return -1;
    const n = needle.trim().toLocaleLowerCase();
    return quotes.findIndex((q) => q.toLocaleLowerCase().includes(n));
  };
  const digits = (v: number | null) => (v === null ? -1 : quotes.findIndex((q) => new RegExp(`(^|[^\\d.,])${v}(?![\\d])`).test(q)));
  const found = kind === "date" ? has(account.dateText) : kind === "figure" ? digits(account.figureValue) : kind === "actor" ? has(account.actorName) : -1;
  return Math.max(found, 0);
}

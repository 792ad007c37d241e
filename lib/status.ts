// A monument's status is never stored: it is derived here from its published damage claims.

import { CONFIDENCES, DAMAGE_EXTENTS, STATUSES } from "./domain";
import type { Confidence, DamageExtent, DatePrecision, PublicationState, Status } from "./domain";
import { isKnownBy, toIsoDay, type DateInput } from "./dates";

export interface StatusClaim {
  id: string;
  monumentId: string;
  sameAsId: string | null;
  extent: DamageExtent | null;
  confidence: Confidence;
  state: PublicationState;
  dateEarliest: DateInput;
  dateLatest: DateInput;
  datePrecision: DatePrecision;
  archivedAt?: Date | string | null;
}

export interface Conflict {
  extent: DamageExtent;
  claimIds: string[];
}

export interface DerivedStatus {
  status: Status;
  confidence: Confidence | null;
  /** Ids of the claims that decided the status (for "contested": every claim in the conflict). */
  basis: string[];
  /** Present exactly when status is "contested": the competing extents, worst first. */
  conflicting?: Conflict[];
}

export interface StatusOptions {
  asOf?: Date | string;
}

/** Legend order: the UNOSAT scale worst first, then the two statuses that are off the scale. */
export const STATUS_ORDER: readonly Status[] = STATUSES;

const LABELS: Record<Status, string> = {
  destroyed: "Destroyed",
  severe: "Severe damage",
  moderate: "Moderate damage",
  possible: "Possible damage",
  none: "No visible damage",
  contested: "Contested",
  unknown: "Unknown",
};

export function statusLabel(status: Status): string {
  return LABELS[status];
}

const EXTENT_STATUS: Record<DamageExtent, Status> = {
  DESTROYED: "destroyed",
  SEVERE: "severe",
  MODERATE: "moderate",
  POSSIBLE: "possible",
  NONE: "none",
};

export function extentToStatus(extent: DamageExtent): Status {
  return EXTENT_STATUS[extent];
}

/** 0 = worst. */
const extentRank = (e: DamageExtent): number => DAMAGE_EXTENTS.indexOf(e);

function worstExtent(claims: StatusClaim[]): DamageExtent | null {
  let worst: DamageExtent | null = null;
  for (const c of claims) if (c.extent && (worst === null || extentRank(c.extent) < extentRank(worst))) worst = c.extent;
  return worst;
}

function bestConfidence(claims: StatusClaim[]): Confidence | null {
  let best: Confidence | null = null;
  for (const c of claims) if (best === null || CONFIDENCES.indexOf(c.confidence) < CONFIDENCES.indexOf(best)) best = c.confidence;
  return best;
}

/** A claim can affect status at all: published, live, not discounted, and reporting an extent. */
function eligible(c: StatusClaim): c is StatusClaim & { extent: DamageExtent } {
  return c.state === "PUBLISHED" && !c.archivedAt && c.confidence !== "DISCOUNTED" && c.extent !== null;
}

/**
 * With asOf, the status is "as it could have been known on that date": a claim counts once its
 * window has opened (earliest ≤ asOf), or once it certainly happened (latest ≤ asOf, for
 * "before X" claims). So the Temple of Bel, destroyed somewhere in 2015-05-01/2017-03-02, is
 * "unknown" on 2015-04-30 and "destroyed" on 2016-01-01. Undated claims count only without asOf.
 */
function counts(c: StatusClaim, asOf: Date | string | undefined): boolean {
  if (!eligible(c)) return false;
  return asOf === undefined || isKnownBy({ earliest: c.dateEarliest, latest: c.dateLatest, precision: c.datePrecision }, asOf);
}

/** Claims about one occurrence form a tree through sameAsId; its root names the occurrence. */
function rootOf(c: StatusClaim, byId: Map<string, StatusClaim>): string {
  const seen = new Set<string>();
  let cur = c;
  while (cur.sameAsId && !seen.has(cur.id)) {
    seen.add(cur.id);
    const next = byId.get(cur.sameAsId);
    if (!next) return cur.sameAsId;
    cur = next;
  }
  return cur.id;
}

function byExtent(claims: StatusClaim[]): Conflict[] {
  return DAMAGE_EXTENTS.map((extent) => ({ extent, claimIds: claims.filter((c) => c.extent === extent).map((c) => c.id) })).filter(
    (g) => g.claimIds.length > 0,
  );
}

/**
 * Status = the worst UNOSAT extent among counting claims, unless a dispute could change it.
 * A dispute is either claims about the same occurrence that disagree on extent, or a claim graded
 * CONTESTED. Rule: a dispute makes the status "contested" only if its worst extent is worse than
 * the worst undisputed extent; a dispute about lesser damage (moderate vs severe on a temple that
 * a confirmed claim says was destroyed) cannot change the answer and would only hide it.
 * Editors resolve a contest by grading the weaker claim DISCOUNTED.
 */
export function deriveStatus(claims: StatusClaim[], opts: StatusOptions = {}): DerivedStatus {
  const counting = claims.filter((c) => counts(c, opts.asOf));
  if (counting.length === 0) return { status: "unknown", confidence: null, basis: [] };

  const byId = new Map(claims.map((c) => [c.id, c]));
  const occurrences = new Map<string, StatusClaim[]>();
  for (const c of counting) {
    const root = rootOf(c, byId);
    occurrences.set(root, [...(occurrences.get(root) ?? []), c]);
  }
  const disputes: StatusClaim[][] = [];
  const disputed = new Set<string>();
  for (const group of occurrences.values()) {
    if (new Set(group.map((c) => c.extent)).size > 1) {
      disputes.push(group);
      group.forEach((c) => disputed.add(c.id));
    }
  }
  for (const c of counting) {
    if (c.confidence === "CONTESTED" && !disputed.has(c.id)) {
      disputes.push([c]);
      disputed.add(c.id);
    }
  }

  const settled = counting.filter((c) => !disputed.has(c.id));
  const floor = worstExtent(settled);
  const deciding = disputes.filter((d) => floor === null || extentRank(worstExtent(d) as DamageExtent) < extentRank(floor));

  if (deciding.length > 0) {
    const involved = [...deciding.flat(), ...settled.filter((c) => c.extent === floor)];
    const conflicting = byExtent(involved);
    return { status: "contested", confidence: "CONTESTED", basis: conflicting.flatMap((g) => g.claimIds), conflicting };
  }
  // No deciding dispute means floor is set: every counting claim is settled or in a lesser dispute.
  const basis = settled.filter((c) => c.extent === floor);
  return { status: extentToStatus(floor as DamageExtent), confidence: bestConfidence(basis), basis: basis.map((c) => c.id) };
}

export interface ComponentStatus {
  slug: string;
  name: string;
  status: Status;
}

export interface ParentStatus extends DerivedStatus {
  /** How many components have each status (every status present, zero when none). */
  componentSummary: Record<Status, number>;
  /** Slugs of the components whose (capped) status equals the parent's. */
  componentBasis: string[];
  /** True when a component is destroyed but the parent is not: "a part destroyed". */
  partDestroyed: boolean;
}

const SCALE: Status[] = ["destroyed", "severe", "moderate", "possible", "none"];
const scaleRank = (s: Status): number => (SCALE.includes(s) ? SCALE.indexOf(s) : Infinity);

/**
 * Parent rule (a whole summarises its parts without overstating them):
 * - The parent's own claims count in full; only they can make it "destroyed".
 * - A component's status counts for the parent capped at "severe": a destroyed facade is severe
 *   damage to the theatre, not its destruction.
 * - A contested component counts as "possible" (damage is claimed but disputed); an unknown one
 *   not at all.
 * - The parent's status is the worst of these. If its own claims are contested, it is contested.
 * Component statuses should be derived by the caller with the same asOf.
 */
export function deriveParentStatus(own: StatusClaim[], components: ComponentStatus[], opts: StatusOptions = {}): ParentStatus {
  const ownResult = deriveStatus(own, opts);
  const componentSummary = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const c of components) componentSummary[c.status] += 1;
  const partDestroyed = componentSummary.destroyed > 0;

  if (ownResult.status === "contested") return { ...ownResult, componentSummary, componentBasis: [], partDestroyed };

  const contribution = (s: Status): Status => (s === "destroyed" ? "severe" : s === "contested" ? "possible" : s);
  const compBest = Math.min(Infinity, ...components.map((c) => scaleRank(contribution(c.status))));
  const ownRank = scaleRank(ownResult.status);
  const rank = Math.min(ownRank, compBest);
  if (rank === Infinity) return { ...ownResult, componentSummary, componentBasis: [], partDestroyed };

  const status = SCALE[rank] as Status;
  const ownDecides = ownRank === rank;
  return {
    status,
    confidence: ownDecides ? ownResult.confidence : null,
    basis: ownDecides ? ownResult.basis : [],
    componentSummary,
    componentBasis: components.filter((c) => contribution(c.status) === status).map((c) => c.slug),
    partDestroyed: partDestroyed && status !== "destroyed",
  };
}

export interface StatusStep {
  /** First day on which this status holds (as known on that day). */
  from: string;
  status: Status;
  /** The change happened somewhere in [from, uncertainUntil]: the latest date of the causing claim. */
  uncertainUntil?: string;
  basis: string[];
}

/**
 * The status as steps over time, for a step chart: deriveStatus evaluated at every day a claim
 * starts to count, keeping only changes. Undated claims never appear (they count only in the
 * current status, so the last step can differ from deriveStatus(claims)).
 */
export function statusTimeline(claims: StatusClaim[]): StatusStep[] {
  const start = (c: StatusClaim): string | null => {
    const e = c.dateEarliest ? toIsoDay(c.dateEarliest) : null;
    return e ?? (c.dateLatest ? toIsoDay(c.dateLatest) : null);
  };
  const days = [...new Set(claims.filter(eligible).map(start))].filter((d): d is string => d !== null).sort();
  const steps: StatusStep[] = [];
  for (const day of days) {
    const r = deriveStatus(claims, { asOf: day });
    if (steps.at(-1)?.status === r.status) continue;
    let until: string | undefined;
    for (const c of claims) {
      // Only a claim with a known earliest has an uncertain end; "before X" claims start at X.
      if (!r.basis.includes(c.id) || !c.dateEarliest || toIsoDay(c.dateEarliest) !== day || !c.dateLatest) continue;
      const latest = toIsoDay(c.dateLatest);
      if (latest > day && (until === undefined || latest > until)) until = latest;
    }
    steps.push({ from: day, status: r.status, ...(until ? { uncertainUntil: until } : {}), basis: r.basis });
  }
  return steps;
}

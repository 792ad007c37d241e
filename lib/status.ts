// A monument's status is never stored: it is derived here from its published damage claims.

import { CONFIDENCES, DAMAGE_EXTENTS, STATUSES } from "./domain";
import type { Confidence, DamageExtent, DatePrecision, PublicationState, Status } from "./domain";
import { toIsoDay, type DateInput } from "./dates";
import { countsOnClock, intersectWindows, readAt, windowOf, type Clock, type Day, type Window } from "./time";

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
  /** First day a source reporting it was public (lib/time.ts reportedOn); needed for knowledge time. */
  reportedOn?: Day | null;
  /** The independent origins of its sources (lib/independence.ts sourceOrigin). */
  origins?: string[];
}

export interface Conflict {
  extent: DamageExtent;
  claimIds: string[];
}

/** An occurrence that may have happened by the as-of day: its window is still open on that day. */
export interface Pending {
  extent: DamageExtent;
  window: Window;
  claimIds: string[];
}

export interface DerivedStatus {
  status: Status;
  confidence: Confidence | null;
  /** Ids of the claims that decided the status (for "contested": every claim in the conflict). */
  basis: string[];
  /** Present exactly when status is "contested": the competing extents, worst first. */
  conflicting?: Conflict[];
  /** Present exactly when status is "uncertain": what is certain by the as-of day, and what may have happened. */
  settled?: Status;
  pending?: Pending[];
}

export interface StatusOptions {
  asOf?: Date | string;
  /** "event" (default): everything known now, placed in time. "reported": only what was published by asOf. */
  clock?: Clock;
}

/** Legend order: the UNOSAT scale worst first, then the statuses that are off the scale. */
export const STATUS_ORDER: readonly Status[] = STATUSES;

const LABELS: Record<Status, string> = {
  destroyed: "Destroyed",
  severe: "Severe damage",
  moderate: "Moderate damage",
  damaged: "Damaged (degree not stated)",
  possible: "Possible damage",
  none: "No visible damage",
  contested: "Contested",
  uncertain: "Uncertain: may have changed",
  unknown: "Unknown",
};

export function statusLabel(status: Status): string {
  return LABELS[status];
}

const EXTENT_STATUS: Record<DamageExtent, Status> = {
  DESTROYED: "destroyed",
  SEVERE: "severe",
  MODERATE: "moderate",
  DAMAGED: "damaged",
  POSSIBLE: "possible",
  NONE: "none",
};

export function extentToStatus(extent: DamageExtent): Status {
  return EXTENT_STATUS[extent];
}

/** 0 = worst. */
const extentRank = (e: DamageExtent): number => DAMAGE_EXTENTS.indexOf(e);
const worse = (a: DamageExtent, than: DamageExtent | null): boolean => than === null || extentRank(a) < extentRank(than);

function worstExtent(claims: StatusClaim[]): DamageExtent | null {
  let worst: DamageExtent | null = null;
  for (const c of claims) if (c.extent && worse(c.extent, worst)) worst = c.extent;
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

/** Claims about one occurrence form a tree through sameAsId; its root names the occurrence. */
export function rootOf(c: StatusClaim, byId: Map<string, StatusClaim>): string {
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

type OccurrenceReading =
  | { kind: "happened"; claims: StatusClaim[]; extent: DamageExtent }
  | { kind: "possibly"; claims: StatusClaim[]; window: Window; extent: DamageExtent }
  | { kind: "dispute"; claims: StatusClaim[] }
  | { kind: "not-yet" };

const grade = (c: StatusClaim): number => CONFIDENCES.indexOf(c.confidence);

/**
 * Do two extents contradict each other? An unconfirmed "possible" contradicts nothing, and a
 * "damaged" whose degree is not stated contradicts only "no visible damage".
 */
export function extentsConflict(a: DamageExtent, b: DamageExtent): boolean {
  if (a === b || a === "POSSIBLE" || b === "POSSIBLE") return false;
  if (a === "DAMAGED" || b === "DAMAGED") return a === "NONE" || b === "NONE";
  return true;
}

const DAY_MS = 86_400_000;
/** A window's width in days; open or undated windows are the widest. */
function width(c: StatusClaim): number {
  const w = windowOf(c);
  return w.earliest && w.latest ? (Date.parse(w.latest) - Date.parse(w.earliest)) / DAY_MS : Infinity;
}

/**
 * The accounts that decide an occurrence's date: taken best grade first and, within a grade,
 * narrowest window first, each kept while it still shares a day with those kept before it. The
 * window is their intersection. An account left out stays on the record as a disagreement; one
 * as well graded as the deciding accounts (`rivals`) can still put the date in dispute.
 */
function decidingByDate(group: StatusClaim[]): { window: Window; accounts: StatusClaim[]; rivals: StatusClaim[] } {
  const ordered = [...group].sort((a, b) => grade(a) - grade(b) || width(a) - width(b));
  let window: Window = { earliest: null, latest: null };
  const accounts: StatusClaim[] = [];
  const left: StatusClaim[] = [];
  for (const c of ordered) {
    const joint = intersectWindows([window, windowOf(c)]);
    if (joint) {
      window = joint;
      accounts.push(c);
    } else left.push(c);
  }
  const best = grade(accounts[0] as StatusClaim);
  return { window, accounts, rivals: left.filter((c) => grade(c) === best) };
}

/**
 * The extent the deciding accounts establish, or the sides of a dispute. The best grade decides:
 * among its accounts, the extent stated by the most independent origins; an even split between
 * contradicting extents is a dispute. Lesser accounts may then make it more precise (a "damaged"
 * becomes "destroyed") but never contradict it.
 */
function decidingExtent(accounts: StatusClaim[]): { extent: DamageExtent } | { dispute: StatusClaim[] } {
  // A loop, not Math.min(...): one occurrence may gather more accounts than a call takes arguments.
  let best = Infinity;
  for (const c of accounts) best = Math.min(best, grade(c));
  const top = accounts.filter((c) => grade(c) === best);
  const support = new Map<DamageExtent, Set<string>>();
  for (const c of top) {
    const set = support.get(c.extent as DamageExtent) ?? new Set<string>();
    (c.origins?.length ? c.origins : [c.id]).forEach((o) => set.add(o));
    support.set(c.extent as DamageExtent, set);
  }
  const ranked = [...support].sort((a, b) => b[1].size - a[1].size || extentRank(a[0]) - extentRank(b[0]));
  const [first, ...rest] = ranked as [[DamageExtent, Set<string>], ...[DamageExtent, Set<string>][]];
  const rivals = rest.filter(([e, o]) => o.size === first[1].size && extentsConflict(e, first[0]));
  if (rivals.length) return { dispute: top.filter((c) => c.extent === first[0] || rivals.some(([e]) => e === c.extent)) };
  // Never empty: the accounts stating the chosen extent are compatible with it.
  return { extent: worstExtent(accounts.filter((c) => !extentsConflict(c.extent as DamageExtent, first[0]))) as DamageExtent };
}

/**
 * One occurrence at D: its deciding accounts' window read at D (lib/time.ts), and the extent they
 * establish. If an equally graded account left out of the window says otherwise about whether it
 * had happened by D, the occurrence is in dispute on that day.
 */
function readOccurrence(group: StatusClaim[], asOf: Day | undefined): OccurrenceReading {
  const { window, accounts, rivals } = decidingByDate(group);
  const r = readAt(window, asOf);
  const happened = (reading: string) => reading === "happened";
  const against = rivals.filter((c) => happened(readAt(windowOf(c), asOf)) !== happened(r) && readAt(windowOf(c), asOf) !== "undated");
  if (against.length && (happened(r) || against.some((c) => happened(readAt(windowOf(c), asOf))))) {
    return { kind: "dispute", claims: [...(happened(r) ? accounts : []), ...against] };
  }
  if (r === "not-yet" || r === "undated") return { kind: "not-yet" };
  // Equally graded accounts that agree it had happened still speak on how bad it was.
  const e = decidingExtent([...accounts, ...rivals.filter((c) => readAt(windowOf(c), asOf) === r)]);
  if ("dispute" in e) return r === "happened" ? { kind: "dispute", claims: e.dispute } : { kind: "possibly", claims: accounts, window, extent: worstExtent(e.dispute) as DamageExtent };
  return r === "happened" ? { kind: "happened", claims: accounts, extent: e.extent } : { kind: "possibly", claims: accounts, window, extent: e.extent };
}

/**
 * Status = the worst UNOSAT extent among the occurrences certain by the as-of day, unless a
 * dispute could change it, or an occurrence that may already have happened would make it worse.
 * - A dispute is an occurrence whose accounts disagree on extent, or on whether it had happened by
 *   then (their windows share no day), or a claim graded CONTESTED. It makes the status
 *   "contested" only if its worst extent is worse than the worst undisputed extent; a dispute
 *   about lesser damage cannot change the answer and would only hide it.
 * - An occurrence whose window is still open on the as-of day makes the status "uncertain" when it
 *   would be worse than what is certain (the temple is "possibly destroyed" between 27 and 31
 *   August, destroyed from the 31st), never a step at the window's first day.
 * Editors resolve a contest by grading the weaker claim DISCOUNTED.
 */
export function deriveStatus(claims: StatusClaim[], opts: StatusOptions = {}): DerivedStatus {
  const asOf = opts.asOf === undefined ? undefined : toIsoDay(opts.asOf);
  const clock = opts.clock ?? "event";
  const counting = claims.filter((c) => eligible(c) && countsOnClock(c.reportedOn, clock, asOf));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const occurrences = new Map<string, StatusClaim[]>();
  for (const c of counting) {
    const root = rootOf(c, byId);
    const group = occurrences.get(root);
    if (group) group.push(c);
    else occurrences.set(root, [c]);
  }

  // Each occurrence that had happened by D counts once, at the extent its deciding accounts establish.
  const happened: StatusClaim[] = [];
  const disputes: StatusClaim[][] = [];
  const pending: Pending[] = [];
  for (const group of occurrences.values()) {
    const r = readOccurrence(group, asOf);
    if (r.kind === "happened") {
      // A lone account graded CONTESTED is in dispute by its grade.
      if (r.claims.every((c) => c.confidence === "CONTESTED")) disputes.push(r.claims);
      else for (const c of r.claims) if (c.extent === r.extent) happened.push(c);
    } else if (r.kind === "dispute") disputes.push(r.claims);
    else if (r.kind === "possibly") pending.push({ extent: r.extent, window: r.window, claimIds: r.claims.map((c) => c.id) });
  }
  const disputed = new Set(disputes.flat().map((c) => c.id));

  const settled = happened.filter((c) => !disputed.has(c.id));
  const floor = worstExtent(settled);
  const deciding = disputes.filter((d) => worse(worstExtent(d) as DamageExtent, floor));
  if (deciding.length > 0) {
    const involved = [...deciding.flat(), ...settled.filter((c) => c.extent === floor)];
    const conflicting = byExtent(involved);
    return { status: "contested", confidence: "CONTESTED", basis: conflicting.flatMap((g) => g.claimIds), conflicting };
  }
  const basis = settled.filter((c) => c.extent === floor);
  const certain: DerivedStatus =
    floor === null
      ? { status: "unknown", confidence: null, basis: [] }
      : { status: extentToStatus(floor), confidence: bestConfidence(basis), basis: basis.map((c) => c.id) };
  const open = pending.filter((p) => worse(p.extent, floor));
  if (open.length === 0) return certain;
  const openClaims = open.flatMap((p) => p.claimIds.map((id) => byId.get(id) as StatusClaim));
  return {
    status: "uncertain",
    confidence: bestConfidence(openClaims),
    basis: openClaims.map((c) => c.id),
    settled: certain.status,
    pending: open.sort((a, b) => extentRank(a.extent) - extentRank(b.extent)),
  };
}

export interface ComponentStatus {
  slug: string;
  name: string;
  status: Status;
  /** For an "uncertain" component: what is certain about it. */
  settled?: Status;
}

export interface ParentStatus extends DerivedStatus {
  /** How many components have each status (every status present, zero when none). */
  componentSummary: Record<Status, number>;
  /** Slugs of the components whose (capped) status equals the parent's. */
  componentBasis: string[];
  /** True when a component is destroyed but the parent is not: "a part destroyed". */
  partDestroyed: boolean;
}

const SCALE: Status[] = ["destroyed", "severe", "moderate", "damaged", "possible", "none"];
const scaleRank = (s: Status): number => (SCALE.includes(s) ? SCALE.indexOf(s) : Infinity);

/**
 * Parent rule (a whole summarises its parts without overstating them):
 * - The parent's own claims count in full; only they can make it "destroyed".
 * - A component's status counts for the parent capped at "severe": a destroyed facade is severe
 *   damage to the theatre, not its destruction.
 * - A contested component counts as "possible" (damage is claimed but disputed); an uncertain one
 *   as what is certain about it; an unknown one not at all.
 * - The parent's status is the worst of these. If its own claims are contested, it is contested;
 *   if they are uncertain and no component is worse than what is certain, it is uncertain.
 * Component statuses should be derived by the caller with the same asOf and clock.
 */
export function deriveParentStatus(own: StatusClaim[], components: ComponentStatus[], opts: StatusOptions = {}): ParentStatus {
  const ownResult = deriveStatus(own, opts);
  const componentSummary = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const c of components) componentSummary[c.status] += 1;
  const partDestroyed = componentSummary.destroyed > 0;

  if (ownResult.status === "contested") return { ...ownResult, componentSummary, componentBasis: [], partDestroyed };

  const contribution = (c: ComponentStatus): Status => {
    const s = c.status === "uncertain" ? (c.settled ?? "unknown") : c.status;
    return s === "destroyed" ? "severe" : s === "contested" ? "possible" : s;
  };
  const compBest = Math.min(Infinity, ...components.map((c) => scaleRank(contribution(c))));
  const ownCertain = ownResult.status === "uncertain" ? (ownResult.settled ?? "unknown") : ownResult.status;
  const ownRank = scaleRank(ownCertain);
  if (ownResult.status === "uncertain" && compBest >= ownRank) return { ...ownResult, componentSummary, componentBasis: [], partDestroyed };
  const rank = Math.min(ownRank, compBest);
  if (rank === Infinity) return { ...ownResult, componentSummary, componentBasis: [], partDestroyed };

  const status = SCALE[rank] as Status;
  const ownDecides = ownRank === rank && ownResult.status !== "uncertain";
  return {
    status,
    confidence: ownDecides ? ownResult.confidence : null,
    basis: ownDecides ? ownResult.basis : [],
    componentSummary,
    componentBasis: components.filter((c) => contribution(c) === status).map((c) => c.slug),
    partDestroyed: partDestroyed && status !== "destroyed",
  };
}

export interface StatusStep {
  /** First day on which this reading holds. */
  from: string;
  status: Status;
  /** For an "uncertain" step: what is certain, and what may have happened (with its window). */
  settled?: Status;
  pending?: Pending[];
  basis: string[];
}

/**
 * The status through time, for the condition chart: deriveStatus evaluated on every day the
 * answer can change (a window opening or closing, an account published, on knowledge time),
 * keeping only changes. Undated claims never appear: they count only in the current status.
 */
export function statusTimeline(claims: StatusClaim[], clock: Clock = "event"): StatusStep[] {
  const days = new Set<string>();
  const byId = new Map(claims.map((c) => [c.id, c]));
  const groups = new Map<string, StatusClaim[]>();
  for (const c of claims.filter(eligible)) {
    const w = windowOf(c);
    if (w.earliest) days.add(w.earliest);
    if (w.latest) days.add(w.latest);
    if (clock === "reported" && c.reportedOn) days.add(c.reportedOn);
    const root = rootOf(c, byId);
    groups.set(root, [...(groups.get(root) ?? []), c]);
  }
  // An occurrence's narrowed window can open later than any single account's start.
  for (const g of groups.values()) {
    const w = intersectWindows(g.map(windowOf));
    if (w?.earliest) days.add(w.earliest);
  }
  const steps: StatusStep[] = [];
  for (const day of [...days].sort()) {
    const r = deriveStatus(claims, { asOf: day, clock });
    const prev = steps.at(-1);
    if (prev && prev.status === r.status && prev.settled === r.settled && JSON.stringify(prev.pending) === JSON.stringify(r.pending)) continue;
    if (!prev && r.status === "unknown") continue;
    steps.push({ from: day, status: r.status, basis: r.basis, ...(r.settled ? { settled: r.settled } : {}), ...(r.pending ? { pending: r.pending } : {}) });
  }
  return steps;
}

// Chart shaping: plain arrays of numbers and strings for the recharts client components, which
// must receive serialisable props. Times are epoch milliseconds at UTC midnight; an interval's
// end is the day *after* its latest day, so a single day still has a visible width.
import { compareIntervals, formatInterval, toIsoDay, type DateInput, type DateInterval } from "./dates";
import type { DamageExtent, DatePrecision, Status } from "./domain";
import { extentToStatus, type StatusStep } from "./status";

export const DAY_MS = 86_400_000;

export const dayToMs = (d: Date | string): number => Date.parse(`${toIsoDay(d)}T00:00:00Z`);
export const msToDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export interface DatedEvent {
  id: string;
  label: string;
  dateEarliest: DateInput;
  dateLatest: DateInput;
  datePrecision: DatePrecision;
  extent: DamageExtent | null;
}

export interface EventRange {
  id: string;
  label: string;
  /** [start, end): start of the earliest day, end of the latest day. */
  range: [number, number];
  /** True when a bound is open and the bar was cut at the chart's edge. */
  open: boolean;
  when: string;
  extent: DamageExtent | null;
}

const intervalOf = (e: { dateEarliest: DateInput; dateLatest: DateInput; datePrecision: DatePrecision }): DateInterval => ({
  earliest: e.dateEarliest,
  latest: e.dateLatest,
  precision: e.datePrecision,
});

const has = (d: DateInput): d is Date | string => d !== null && d !== undefined && d !== "";

/**
 * Each event as a bar from its earliest to its latest possible day, in date order. An open bound
 * ("before X") is drawn to the edge of `domain` and flagged; undated events cannot be placed and
 * are returned separately so the caption can say how many were left out.
 */
export function eventRanges(events: DatedEvent[], domain: [number, number], interval: (iv: DateInterval) => string = formatInterval): { rows: EventRange[]; undated: DatedEvent[] } {
  const dated = events.filter((e) => has(e.dateEarliest) || has(e.dateLatest));
  const undated = events.filter((e) => !has(e.dateEarliest) && !has(e.dateLatest));
  const rows = [...dated]
    .sort((a, b) => compareIntervals(intervalOf(a), intervalOf(b)))
    .map((e) => {
      const start = has(e.dateEarliest) ? dayToMs(e.dateEarliest) : domain[0];
      const end = has(e.dateLatest) ? dayToMs(e.dateLatest) + DAY_MS : domain[1];
      return {
        id: e.id,
        label: e.label,
        range: [start, end] as [number, number],
        open: !has(e.dateEarliest) || !has(e.dateLatest),
        when: interval(intervalOf(e)),
        extent: e.extent,
      };
    });
  return { rows, undated };
}

export interface ControlPeriodInput {
  id: string;
  actor: string;
  startEarliest: DateInput;
  startLatest: DateInput;
  startPrecision: DatePrecision;
  endEarliest: DateInput;
  endLatest: DateInput;
  endPrecision: DatePrecision | null;
}

export interface ControlSpan {
  id: string;
  actor: string;
  /** From the earliest possible start to the latest possible end (or the domain's end if ongoing). */
  range: [number, number];
  ongoing: boolean;
  when: string;
}

export type SpanWords = { interval: (iv: DateInterval) => string; when: (start: string, end: string | null) => string };
const ENGLISH_SPAN_WORDS: SpanWords = { interval: formatInterval, when: (start, end) => (end ? `from ${start} until ${end}` : `from ${start}`) };

/** `words` puts the dates in the reader's language (lib/messages.ts); English by default. */
export function controlSpans(periods: ControlPeriodInput[], domainEnd: number, words: SpanWords = ENGLISH_SPAN_WORDS): ControlSpan[] {
  return periods
    .filter((p) => has(p.startEarliest))
    .map((p) => {
      const ongoing = !has(p.endLatest) && !has(p.endEarliest);
      const endDay = has(p.endLatest) ? p.endLatest : p.endEarliest;
      const start = words.interval({ earliest: p.startEarliest, latest: p.startLatest, precision: p.startPrecision });
      const end = p.endPrecision ? words.interval({ earliest: p.endEarliest, latest: p.endLatest, precision: p.endPrecision }) : null;
      return {
        id: p.id,
        actor: p.actor,
        range: [dayToMs(p.startEarliest as Date | string), has(endDay) ? dayToMs(endDay) + DAY_MS : domainEnd] as [number, number],
        ongoing,
        when: words.when(start, end),
      };
    })
    .sort((a, b) => a.range[0] - b.range[0]);
}

/** The smallest span covering every known bound, padded to whole months. null when nothing is dated. */
export function timeDomain(days: DateInput[]): [number, number] | null {
  const known = days.filter(has).map(dayToMs);
  if (known.length === 0) return null;
  // A loop, not Math.min(...known): spreading ~125,000 dates into one call overflows the stack.
  let min = Infinity;
  let max = -Infinity;
  for (const t of known) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const lo = new Date(min);
  const hi = new Date(max);
  return [Date.UTC(lo.getUTCFullYear(), lo.getUTCMonth(), 1), Date.UTC(hi.getUTCFullYear(), hi.getUTCMonth() + 1, 1)];
}

/** Ticks at the first of January and July inside the domain. */
export function halfYearTicks([lo, hi]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let y = new Date(lo).getUTCFullYear(); y <= new Date(hi).getUTCFullYear(); y++) {
    for (const m of [0, 6]) {
      const t = Date.UTC(y, m, 1);
      if (t >= lo && t <= hi) ticks.push(t);
    }
  }
  return ticks;
}

export interface Count {
  key: string;
  label: string;
  count: number;
}

/** Counts by a key, largest first (ties by label), with the label for each key. */
export function countBy<T>(items: T[], keyOf: (item: T) => string, labelOf: (key: string) => string): Count[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return rankCounts([...counts].map(([key, count]) => ({ key, count })), labelOf);
}

/** Counts already made (by the database), labelled and ordered as countBy orders them. */
export function rankCounts(counts: { key: string; count: number }[], labelOf: (key: string) => string): Count[] {
  return counts.map(({ key, count }) => ({ key, label: labelOf(key), count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * A site's published claims of one method and one actor (null: attributed to no one), as the database
 * counted them, with the earliest and latest date any of them gives (yearSpan reads a list of these).
 */
export type ClaimGroup = { method: string; actorId: string | null; count: number; dateEarliest: Date | string | null; dateLatest: Date | string | null };

/**
 * An overview's figures from its claims counted by method and actor in one query: how many in all,
 * and the counts by method and by actor ("none" for the claims attributed to no one).
 */
export function summariseClaimGroups(groups: ClaimGroup[]) {
  const byMethod = new Map<string, number>();
  const byActor = new Map<string, number>();
  let total = 0;
  for (const g of groups) {
    total += g.count;
    byMethod.set(g.method, (byMethod.get(g.method) ?? 0) + g.count);
    byActor.set(g.actorId ?? "none", (byActor.get(g.actorId ?? "none") ?? 0) + g.count);
  }
  const listed = (m: Map<string, number>) => [...m].map(([key, count]) => ({ key, count }));
  return { total, byMethod: listed(byMethod), byActor: listed(byActor) };
}

/** Vertical position of each status on the condition chart: the UNOSAT scale rising with damage. */
export const STATUS_LEVEL: Record<Status, number> = {
  unknown: 0,
  none: 1,
  possible: 2,
  damaged: 3,
  moderate: 4,
  severe: 5,
  destroyed: 6,
  contested: 7,
  // Never a level of its own: an uncertain span is drawn as a band above what is certain.
  uncertain: 0,
};

export interface StepPoint {
  t: number;
  level: number;
  status: Status;
}

export interface UncertainSpan {
  /** [from, to): while the change may have happened (the occurrence's window still open). */
  range: [number, number];
  /** What may have happened, and the level band it spans from what is certain. */
  status: Status;
  levels: [number, number];
}

/**
 * statusTimeline's steps as points for a step-after line of what is *certain* (the status before
 * the first step is "unknown"), and, for every span in which a change may have happened, a band
 * from the certain level up to the possible one: a transition, not a step at the window's start.
 */
export function conditionSteps(steps: StatusStep[], [lo, hi]: [number, number]): { points: StepPoint[]; uncertain: UncertainSpan[] } {
  const certainOf = (s: StatusStep): Status => (s.status === "uncertain" ? (s.settled ?? "unknown") : s.status);
  const points: StepPoint[] = [];
  const first = steps[0];
  if (!first || dayToMs(first.from) > lo) points.push({ t: lo, level: 0, status: "unknown" });
  for (const s of steps) points.push({ t: Math.max(lo, dayToMs(s.from)), level: STATUS_LEVEL[certainOf(s)], status: certainOf(s) });
  const last = points.at(-1) as StepPoint;
  if (last.t < hi) points.push({ t: hi, level: last.level, status: last.status });
  const uncertain: UncertainSpan[] = [];
  steps.forEach((s, i) => {
    const worst = s.pending?.[0];
    if (s.status !== "uncertain" || !worst) return;
    const next = steps[i + 1];
    const possible = extentToStatus(worst.extent);
    uncertain.push({
      range: [Math.max(lo, dayToMs(s.from)), next ? dayToMs(next.from) : hi],
      status: possible,
      levels: [STATUS_LEVEL[certainOf(s)], STATUS_LEVEL[possible]],
    });
  });
  return { points, uncertain };
}

/** A time-axis tick: "Aug 2015"; `intlLocale` for another language ("ar-u-nu-arab"). */
export const formatMonth = (ms: number, intlLocale = "en-GB"): string =>
  new Intl.DateTimeFormat(intlLocale, { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(ms));

/**
 * Thin out axis ticks so their labels (about `labelPx` wide) do not overlap in `plotPx`: keeps
 * every k-th tick, always the first. On a 375 px phone the half-year ticks become yearly.
 */
export function fitTicks(ticks: number[], plotPx: number, labelPx = 56): number[] {
  if (ticks.length <= 1 || plotPx <= 0) return ticks;
  const fit = Math.max(1, Math.floor(plotPx / labelPx));
  const step = Math.ceil(ticks.length / fit);
  return ticks.filter((_, i) => i % step === 0);
}

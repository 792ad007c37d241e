// The /events filters: parsed from the URL (so a filtered view is a link), applied to plain rows.
// Unknown values are reported, not silently dropped, so a reader sees why a link shows everything.
import { overlaps, parseIsoDay, toIsoDay, type DateInput } from "./dates";
import { DISAGREEMENT_KINDS, type DisagreementKind } from "./disagreements";
import { CONFIDENCES, DAMAGE_EXTENTS, DAMAGE_METHODS, type Confidence, type DamageExtent, type DamageMethod, type DatePrecision } from "./domain";

/** "any": accounts that disagree with another account of their occurrence on anything. */
export const DISAGREEMENT_FILTERS = ["any", ...DISAGREEMENT_KINDS] as const;
export type DisagreementFilter = (typeof DISAGREEMENT_FILTERS)[number];

export const EVENT_SORTS = ["date", "date-desc", "monument", "extent", "confidence"] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export interface EventFilters {
  monument?: string;
  method?: DamageMethod;
  actor?: string;
  extent?: DamageExtent;
  confidence?: Confidence;
  disagreement?: DisagreementFilter;
  from?: string;
  to?: string;
  sort: EventSort;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function parseEventFilters(params: SearchParams): { filters: EventFilters; errors: string[] } {
  const errors: string[] = [];
  const filters: EventFilters = { sort: "date" };
  const enumField = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const v = first(params[name]);
    if (!v) return undefined;
    const ok = oneOf(v, allowed);
    if (!ok) errors.push(`Unknown ${name} “${v}”: ignored.`);
    return ok;
  };
  const slug = (name: string) => first(params[name]) || undefined;
  filters.monument = slug("monument");
  filters.actor = slug("actor");
  filters.method = enumField("method", DAMAGE_METHODS);
  filters.extent = enumField("extent", DAMAGE_EXTENTS);
  filters.confidence = enumField("confidence", CONFIDENCES);
  filters.disagreement = enumField("disagreement", DISAGREEMENT_FILTERS);
  filters.sort = enumField("sort", EVENT_SORTS) ?? "date";
  for (const name of ["from", "to"] as const) {
    const v = first(params[name]);
    if (!v) continue;
    if (parseIsoDay(v)) filters[name] = v;
    else errors.push(`“${v}” is not a date (YYYY-MM-DD): the ${name === "from" ? "start" : "end"} of the range is ignored.`);
  }
  if (filters.from && filters.to && filters.to < filters.from) {
    errors.push("The end of the date range is before its start: the range is ignored.");
    delete filters.from;
    delete filters.to;
  }
  for (const k of Object.keys(filters) as (keyof EventFilters)[]) if (filters[k] === undefined) delete filters[k];
  return { filters, errors };
}

/**
 * The citations API query for the events list as filtered: the same parameter names and values,
 * plus list=events so that an unfiltered list cites every event and a monument filter cites only
 * its events (not also the facts about the monument itself). The sort does not change what is cited.
 */
export function citationQueryOf(f: EventFilters): string {
  const q = new URLSearchParams({ list: "events" });
  for (const key of ["monument", "method", "actor", "extent", "confidence", "disagreement", "from", "to"] as const) {
    const v = f[key];
    if (v) q.set(key, v);
  }
  return q.toString();
}

export interface FilterableEvent {
  monument: { slug: string; name: string };
  method: DamageMethod;
  actor: { slug: string } | null;
  extent: DamageExtent | null;
  confidence: Confidence;
  dateEarliest: DateInput;
  dateLatest: DateInput;
  datePrecision: DatePrecision;
  /** The kinds of disagreement the account is part of (lib/disagreements.ts). */
  disagreements?: DisagreementKind[];
}

/**
 * Date range keeps an event whose interval *could* fall in the range (the intervals overlap):
 * a window May 2015–March 2017 is kept for "2016" because the event may have happened then.
 * Undated events are dropped once a range is set. actor=none keeps unattributed events.
 */
export function applyEventFilters<T extends FilterableEvent>(events: T[], f: EventFilters): T[] {
  const ranged = f.from || f.to;
  const kept = events.filter(
    (e) =>
      (!f.monument || e.monument.slug === f.monument) &&
      (!f.method || e.method === f.method) &&
      (!f.actor || (f.actor === "none" ? e.actor === null : e.actor?.slug === f.actor)) &&
      (!f.extent || e.extent === f.extent) &&
      (!f.confidence || e.confidence === f.confidence) &&
      (!f.disagreement || (f.disagreement === "any" ? (e.disagreements ?? []).length > 0 : (e.disagreements ?? []).includes(f.disagreement))) &&
      (!ranged ||
        ((e.dateEarliest || e.dateLatest) &&
          overlaps(
            { earliest: e.dateEarliest, latest: e.dateLatest, precision: e.datePrecision },
            { earliest: f.from ?? null, latest: f.to ?? null, precision: "WINDOW" },
          ))),
  );
  return sortEvents(kept, f.sort);
}

const day = (d: DateInput): string | null => (d ? toIsoDay(d) : null);
const nullsLast = (a: string | null, b: string | null, dir: 1 | -1) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -dir : dir);
const rank = <T>(list: readonly T[], v: T | null) => (v === null ? list.length : list.indexOf(v));

export function sortEvents<T extends FilterableEvent>(events: T[], sort: EventSort): T[] {
  const byDate = (a: T, b: T, dir: 1 | -1) =>
    nullsLast(day(a.dateEarliest), day(b.dateEarliest), dir) || nullsLast(day(a.dateLatest), day(b.dateLatest), dir);
  const cmp: Record<EventSort, (a: T, b: T) => number> = {
    date: (a, b) => byDate(a, b, 1),
    "date-desc": (a, b) => byDate(a, b, -1),
    monument: (a, b) => a.monument.name.localeCompare(b.monument.name) || byDate(a, b, 1),
    extent: (a, b) => rank(DAMAGE_EXTENTS, a.extent) - rank(DAMAGE_EXTENTS, b.extent) || byDate(a, b, 1),
    confidence: (a, b) => rank(CONFIDENCES, a.confidence) - rank(CONFIDENCES, b.confidence) || byDate(a, b, 1),
  };
  return [...events].sort(cmp[sort]);
}

/**
 * "Most recent reports": events ordered by the newest publication date among their sources
 * (the day a reader could first have read the claim), newest first; unsourced or undated last.
 */
export function mostRecentlyReported<T extends { citations: { source: { publishedEarliest: DateInput } }[] }>(events: T[], n: number): T[] {
  const newest = (e: T): string | null =>
    e.citations.reduce<string | null>((best, c) => {
      const d = day(c.source.publishedEarliest);
      return d && (!best || d > best) ? d : best;
    }, null);
  return [...events].sort((a, b) => nullsLast(newest(a), newest(b), -1)).slice(0, n);
}

// The /events filters: parsed from the URL (so a filtered view is a link); applied and sorted in
// SQL (lib/queries/event-filter.ts, lib/queries/events.ts).
// Unknown values are reported, not silently dropped, so a reader sees why a link shows everything.
import { parseIsoDay } from "./dates";
import type { SearchParams } from "./paging";
import { DISAGREEMENT_KINDS } from "./disagreements";
import { CONFIDENCES, DAMAGE_EXTENTS, DAMAGE_METHODS, type Confidence, type DamageExtent, type DamageMethod } from "./domain";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { t } from "./messages";

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

export type { SearchParams } from "./paging";

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The filters a URL asks for, and what was wrong with it in the reader's language (English by default). */
export function parseEventFilters(params: SearchParams, locale: Locale = DEFAULT_LOCALE): { filters: EventFilters; errors: string[] } {
  const errors: string[] = [];
  const filters: EventFilters = { sort: "date" };
  const enumField = <T extends string>(name: "method" | "extent" | "confidence" | "disagreement" | "sort", allowed: readonly T[]): T | undefined => {
    const v = first(params[name]);
    if (!v) return undefined;
    const ok = oneOf(v, allowed);
    if (!ok) errors.push(t("problems.unknown", { name: t(`problems.param.${name}`, {}, locale), value: v }, locale));
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
    else errors.push(t("problems.notADate", { value: v, end: t(name === "from" ? "problems.rangeStart" : "problems.rangeEnd", {}, locale) }, locale));
  }
  if (filters.from && filters.to && filters.to < filters.from) {
    errors.push(t("problems.rangeReversed", {}, locale));
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

// Paging shared by the list pages and the JSON API: which page of how many rows, parsed from the
// query string. Pure: a page shows `message` beside the list (in the reader's language), the API
// answers 400 with it (in English).
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { t } from "./messages";

/** A page's searchParams as Next passes them. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A parameter's first value, or null when absent (paging tells "absent" from "empty"). */
export const firstParam = (v: string | string[] | undefined): string | null => (v === undefined ? null : Array.isArray(v) ? (v[0] ?? null) : v);

/** A page's search params as a URLSearchParams (for links to other pages of the same list). */
export function toSearchParams(params: SearchParams): URLSearchParams {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) q.append(k, one);
  return q;
}

export interface PageRequest {
  /** 1-based. */
  page: number;
  limit: number;
  offset: number;
}

export interface PagingRules {
  defaultLimit: number;
  maxLimit: number;
}

/** The events list's pages (/events): 25 events a page, each with its quotes, keep a page a few dozen kilobytes. */
export const EVENTS_PAGING: PagingRules = { defaultLimit: 25, maxLimit: 200 };
/** The accounts a monument page shows before it points to the events list for the rest. */
export const MONUMENT_ACCOUNTS_SHOWN = 25;

export type PageParse = { ok: true; page: PageRequest } | { ok: false; message: string };

/** The deepest page a request may ask for: deeper offsets make the database skip too many rows. */
export const MAX_OFFSET = 1_000_000;

const WHOLE = /^\d+$/;

type PagingParam = "page" | "limit" | "offset";

function whole(param: PagingParam, raw: string, min: number, max: number, locale: Locale): number | string {
  const name = t(`problems.param.${param}`, {}, locale);
  if (!WHOLE.test(raw.trim())) return t("problems.notWhole", { name, value: raw }, locale);
  const n = Number(raw.trim());
  if (n < min) return t("problems.atLeast", { name, min }, locale);
  if (n > max) return t("problems.atMost", { name, max }, locale);
  return n;
}

/**
 * ?page=2&limit=25 → { page: 2, limit: 25, offset: 25 }. Absent values take the defaults; an
 * empty, fractional, negative, zero or too large value is refused with a message naming it.
 * `offset` (the API's older parameter) may be given instead of `page`, not with it.
 */
export function parsePage(params: { page?: string | null; limit?: string | null; offset?: string | null }, rules: PagingRules, locale: Locale = DEFAULT_LOCALE): PageParse {
  const errors: string[] = [];
  let limit = rules.defaultLimit;
  if (params.limit != null) {
    const v = whole("limit", params.limit, 1, rules.maxLimit, locale);
    if (typeof v === "string") errors.push(v);
    else limit = v;
  }
  if (params.page != null && params.offset != null) errors.push(t("problems.pageOrOffset", {}, locale));
  let offset = 0;
  let page = 1;
  if (params.page != null) {
    const v = whole("page", params.page, 1, Math.floor(MAX_OFFSET / limit) + 1, locale);
    if (typeof v === "string") errors.push(v);
    else {
      page = v;
      offset = (v - 1) * limit;
    }
  } else if (params.offset != null) {
    const v = whole("offset", params.offset, 0, MAX_OFFSET, locale);
    if (typeof v === "string") errors.push(v);
    else {
      offset = v;
      page = Math.floor(v / limit) + 1;
    }
  }
  return errors.length ? { ok: false, message: errors.join(t("problems.and", {}, locale)) } : { ok: true, page: { page, limit, offset } };
}

/** How many pages `total` rows make (at least one, so an empty list is page 1 of 1). */
export function pageCount(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / limit));
}

/** A page past the last one: the message a reader or a client is given. null when in range. */
export function pastLastPage(req: PageRequest, total: number, locale: Locale = DEFAULT_LOCALE): string | null {
  const last = pageCount(total, req.limit);
  if (req.page <= last) return null;
  const rows = t(total === 1 ? "problems.rowsOne" : "problems.rows", { count: total }, locale);
  const pages = t(last === 1 ? "problems.pagesOne" : "problems.pages", { count: last }, locale);
  return t("problems.noPage", { page: req.page, rows, pages, limit: req.limit }, locale);
}

/** The query string of another page of the same list (other parameters kept; page 1 and the default limit left out). */
export function pageQuery(params: URLSearchParams, page: number, limit: number, defaultLimit: number): string {
  const q = new URLSearchParams(params);
  q.delete("page");
  q.delete("offset");
  if (limit === defaultLimit) q.delete("limit");
  else q.set("limit", String(limit));
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** First/last row numbers shown ("21–40 of 95"), 0–0 for an empty page. */
export function shownRange(req: PageRequest, rowsOnPage: number): [number, number] {
  return rowsOnPage ? [req.offset + 1, req.offset + rowsOnPage] : [0, 0];
}

/**
 * A list page's reading of ?page=&limit=: a bad value shows the first page with a message; a page
 * past the end is named once the total is known (`problems(total)`).
 */
export function readListPage(params: { page?: string | null; limit?: string | null }, rules: PagingRules, locale: Locale = DEFAULT_LOCALE) {
  const parsed = parsePage(params, rules, locale);
  const page = parsed.ok ? parsed.page : { page: 1, limit: rules.defaultLimit, offset: 0 };
  const problems = (total: number) => {
    const past = pastLastPage(page, total, locale);
    return [...(parsed.ok ? [] : [t("problems.firstPageShown", { problem: parsed.message }, locale)]), ...(past ? [past] : [])];
  };
  return { page, problems };
}

/** Rows read with `id IN (…)` (which keeps no order), put back in the order of `ids`. */
export function inIdOrder<R extends { id: string }>(ids: string[], rows: R[]): R[] {
  const order = new Map(ids.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** `xs` in runs of at most `n`, so a read by id (`IN (…)`) stays far below PostgreSQL's 65,535 parameters. */
export function chunks<T>(xs: T[], n = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/**
 * A monument page's accounts when there are more than `max`: the `max` latest of the list (which is in
 * date order, undated last) stay, in their order; the others are on the events list, paged.
 */
export function latestAccounts<T extends { id: string }>(events: T[], max: number): { shown: T[]; hidden: Set<string> } {
  if (events.length <= max) return { shown: events, hidden: new Set() };
  return { shown: events.slice(events.length - max), hidden: new Set(events.slice(0, events.length - max).map((e) => e.id)) };
}

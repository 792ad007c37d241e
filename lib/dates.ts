// Date intervals: every dated claim is an interval [earliest, latest] plus a DatePrecision.
// The public API accepts Date | "YYYY-MM-DD"; internally every day is a "YYYY-MM-DD" string in UTC,
// because @db.Date columns come back as UTC midnights and ISO day strings compare correctly as text.

import type { DatePrecision } from "./domain";

export type DateInput = Date | string | null | undefined;

export interface DateInterval {
  earliest: DateInput;
  latest: DateInput;
  precision: DatePrecision;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T/;

/** Strict "YYYY-MM-DD" → Date at UTC midnight, or null (rejects "2015-02-30", "2015-2-3", times). */
export function parseIsoDay(s: string): Date | null {
  const m = ISO_DAY.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/**
 * Date or string → "YYYY-MM-DD" (UTC). Accepts full ISO timestamps too, because a Date that went
 * through JSON arrives as "2015-08-30T00:00:00.000Z". Throws RangeError on anything else.
 */
export function toIsoDay(d: Date | string): string {
  if (typeof d === "string") {
    if (ISO_DAY.test(d)) {
      if (!parseIsoDay(d)) throw new RangeError(`Invalid date: ${d}`);
      return d;
    }
    if (ISO_DATETIME.test(d)) return toIsoDay(new Date(d));
    throw new RangeError(`Invalid date: ${d}`);
  }
  if (Number.isNaN(d.getTime())) throw new RangeError("Invalid date");
  return d.toISOString().slice(0, 10);
}

/** null, undefined and "" (an empty form field) all mean "no bound". */
function optDay(d: DateInput): string | null {
  return d === null || d === undefined || d === "" ? null : toIsoDay(d);
}

function bounds(iv: DateInterval): [string | null, string | null] {
  return [optDay(iv.earliest), optDay(iv.latest)];
}

const month = (d: string) => d.slice(0, 7);
const year = (d: string) => d.slice(0, 4);

type Shape =
  | { kind: "unknown" }
  | { kind: "day"; day: string; reported: boolean }
  | { kind: "month"; day: string }
  | { kind: "year"; day: string }
  | { kind: "range"; from: string | null; to: string | null };

// One place decides what an interval honestly says; toEdtf and formatInterval only render it.
// A precision narrower than its bounds (MONTH over three months) falls back to the range rather
// than claim more than is known. UNKNOWN with bounds (invalid, see validateInterval) keeps the
// bounds: they are information.
function shape(iv: DateInterval): Shape {
  const [e, l] = bounds(iv);
  if (!e && !l) return { kind: "unknown" };
  const one = (e ?? l) as string;
  const single = !e || !l || e === l;
  switch (iv.precision) {
    case "EXACT_DAY":
    case "REPORTED_DAY":
      if (single) return { kind: "day", day: one, reported: iv.precision === "REPORTED_DAY" };
      break;
    case "MONTH":
      if (single || month(e as string) === month(l as string)) return { kind: "month", day: one };
      break;
    case "YEAR":
      if (single || year(e as string) === year(l as string)) return { kind: "year", day: one };
      break;
    default:
      if (e && e === l) return { kind: "day", day: e, reported: false };
  }
  return { kind: "range", from: e, to: l };
}

/**
 * EDTF (ISO 8601-2, levels 0–1). A reported day gets "?" (uncertain: the source's reckoning may
 * be wrong), not "~" (approximate). Open bounds are "..". Nothing known is "XXXX".
 */
export function toEdtf(iv: DateInterval): string {
  const s = shape(iv);
  switch (s.kind) {
    case "unknown":
      return "XXXX";
    case "day":
      return s.reported ? `${s.day}?` : s.day;
    case "month":
      return month(s.day);
    case "year":
      return year(s.day);
    case "range":
      return `${s.from ?? ".."}/${s.to ?? ".."}`;
  }
}

function fmt(day: string, locale: string, opts: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: "UTC" }).format(parseIsoDay(day) as Date);
}
const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };

/** The words around the dates of an interval; English by default, the catalogue's in lib/messages.ts. */
export type IntervalWords = {
  unknown: string;
  circa: (day: string) => string;
  before: (day: string) => string;
  after: (day: string) => string;
  between: (from: string, to: string) => string;
};

const ENGLISH_WORDS: IntervalWords = {
  unknown: "date unknown",
  circa: (d) => `c. ${d} (day as reported)`,
  before: (d) => `before ${d}`,
  after: (d) => `after ${d}`,
  between: (a, b) => `between ${a} and ${b}`,
};

/** Reader-facing text. `locale` formats the dates themselves, `words` says the rest (English unless given). */
export function formatInterval(iv: DateInterval, locale = "en-GB", words: IntervalWords = ENGLISH_WORDS): string {
  const s = shape(iv);
  switch (s.kind) {
    case "unknown":
      return words.unknown;
    case "day":
      return s.reported ? words.circa(fmt(s.day, locale, DAY)) : fmt(s.day, locale, DAY);
    case "month":
      return fmt(s.day, locale, { month: "long", year: "numeric" });
    case "year":
      return fmt(s.day, locale, { year: "numeric" });
    case "range":
      if (!s.from) return words.before(fmt(s.to as string, locale, DAY));
      if (!s.to) return words.after(fmt(s.from, locale, DAY));
      return words.between(fmt(s.from, locale, DAY), fmt(s.to, locale, DAY));
  }
}

const DAY_MS = 86_400_000;

/** Middle day (rounded down) for plotting; an open interval's only bound; null when undated. */
export function intervalMidpoint(iv: DateInterval): string | null {
  const [e, l] = bounds(iv);
  if (!e || !l) return e ?? l;
  const a = (parseIsoDay(e) as Date).getTime() / DAY_MS;
  const b = (parseIsoDay(l) as Date).getTime() / DAY_MS;
  return new Date(Math.floor((a + b) / 2) * DAY_MS).toISOString().slice(0, 10);
}

function cmpNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Sort order: by earliest, then latest; missing bounds sort last. */
export function compareIntervals(a: DateInterval, b: DateInterval): number {
  const [ae, al] = bounds(a);
  const [be, bl] = bounds(b);
  return cmpNullsLast(ae, be) || cmpNullsLast(al, bl);
}

/** Could the two intervals share a day? Bounds are inclusive; a missing bound is open-ended. */
export function overlaps(a: DateInterval, b: DateInterval): boolean {
  const [ae, al] = bounds(a);
  const [be, bl] = bounds(b);
  return (ae === null || bl === null || ae <= bl) && (be === null || al === null || be <= al);
}

/**
 * Had the event possibly (earliest ≤ asOf) or certainly (latest ≤ asOf) happened by asOf?
 * The second test matters only for "before X" intervals with no earliest. Undated → false.
 */
export function isKnownBy(iv: DateInterval, asOf: Date | string): boolean {
  const [e, l] = bounds(iv);
  const at = toIsoDay(asOf);
  return (e !== null && e <= at) || (l !== null && l <= at);
}

/** Form validation: a list of messages, empty when the interval is consistent. */
export function validateInterval(iv: DateInterval): string[] {
  const errors: string[] = [];
  const check = (d: DateInput, label: string): string | null => {
    try {
      return optDay(d);
    } catch {
      errors.push(`${label} date must be a valid date (YYYY-MM-DD).`);
      return null;
    }
  };
  const e = check(iv.earliest, "Earliest");
  const l = check(iv.latest, "Latest");
  if (errors.length) return errors;
  if (e && l && l < e) errors.push("Latest date must not be before the earliest date.");
  switch (iv.precision) {
    case "EXACT_DAY":
    case "REPORTED_DAY":
      if (!e || !l || e !== l) errors.push("For a single day, earliest and latest must be the same date.");
      break;
    case "MONTH":
      if (!e || !l) errors.push("For a month, set earliest and latest (first and last day of the month).");
      else if (month(e) !== month(l)) errors.push("For a month, earliest and latest must fall in the same month.");
      break;
    case "YEAR":
      if (!e || !l) errors.push("For a year, set earliest and latest (1 January and 31 December).");
      else if (year(e) !== year(l)) errors.push("For a year, earliest and latest must fall in the same year.");
      break;
    case "WINDOW":
      if (!e && !l) errors.push("A window needs an earliest date, a latest date, or both.");
      break;
    case "UNKNOWN":
      if (e || l) errors.push("An unknown date has no earliest or latest date; use Window for a partly known date.");
      break;
  }
  return errors;
}

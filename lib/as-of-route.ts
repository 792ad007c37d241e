// Where a monument URL with ?asOf= (and ?clock=) is served from. Each reading is its own cached
// segment, /monuments/<slug>/as-of/<day>/<clock>, so the base page never reads the query string.
// Only real calendar days inside the record's period get a segment of their own; anything else
// shares one "invalid" or "out-of-range" page per monument and clock, so arbitrary query strings
// cannot fill the cache with variants.
import { checkAsOf, CLOCKS, type Clock, type DayRange } from "./time";

// The overview's counts and a monument's page can be read as of a day.
const READABLE = /^(\/monuments\/[^/]+)?\/?$/;

export type AsOfProblem = "invalid" | "out-of-range";

export function asOfDestination(pathname: string, params: URLSearchParams, range: DayRange): string | null {
  const m = READABLE.exec(pathname);
  const raw = params.get("asOf");
  if (!m || raw === null || raw.trim() === "") return null;
  const clock: Clock = (CLOCKS as readonly string[]).includes(params.get("clock") ?? "") ? (params.get("clock") as Clock) : "event";
  const check = checkAsOf(raw.trim(), range);
  const segment: string = check.ok ? check.day : check.reason;
  return `${m[1] ?? ""}/as-of/${segment}/${clock}`;
}

/** The as-of range: from the start of the period the dataset covers, to today (UTC). */
export function asOfRange(coverageStart: string, now = new Date()): DayRange {
  return { first: coverageStart, last: now.toISOString().slice(0, 10) };
}

// The map's data, shaped without React or the database: which monuments get a point, which are
// listed as "position not recorded", and the /map filters read from the URL (a filtered map is a
// link). A position is never guessed: a monument gets a point only when a source places it
// (EXACT, or APPROXIMATE to about 100 m); one known only to be "at the site" is listed, not drawn
// on the site's centre as if that were its place.
import { formatInterval } from "./dates";
import { STATUSES, type Status } from "./domain";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { getI18n, t, type I18n, type Named } from "./messages";
import { checkAsOf, CLOCKS, type Clock, type DayRange } from "./time";

export interface MappableMonument {
  slug: string;
  name: string;
  /** Its names in other languages (the map names it in the reader's). */
  names?: Named["names"];
  latitude: number | null;
  longitude: number | null;
  locationPrecision: LocationPrecision;
  status: Status;
}

export type LocationPrecision = "EXACT" | "APPROXIMATE" | "SITE" | "UNKNOWN";

export interface MapPoint {
  slug: string;
  name: string;
  latitude: number;
  longitude: number;
  status: Status;
}

export function mapPoints<M extends MappableMonument>(monuments: M[]): { located: MapPoint[]; unlocated: M[] } {
  const located: MapPoint[] = [];
  const unlocated: M[] = [];
  for (const m of monuments) {
    if (m.latitude === null || m.longitude === null || (m.locationPrecision !== "EXACT" && m.locationPrecision !== "APPROXIMATE")) unlocated.push(m);
    else located.push({ slug: m.slug, name: m.name, latitude: m.latitude, longitude: m.longitude, status: m.status });
  }
  return { located, unlocated };
}

export interface MapFilters {
  /** The site drawn (its slug); none: the default site. One site at a time, so the map stays readable at any size. */
  site?: string;
  statuses: Status[]; // empty: every status
  asOf?: string;
  clock: Clock;
}

type Params = Record<string, string | string[] | undefined>;
const all = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []).flatMap((x) => x.split(",")).map((x) => x.trim()).filter(Boolean);

export function parseMapFilters(params: Params, range: DayRange, locale: Locale = DEFAULT_LOCALE): { filters: MapFilters; errors: string[] } {
  const errors: string[] = [];
  const statuses: Status[] = [];
  for (const s of all(params.status)) {
    if ((STATUSES as readonly string[]).includes(s)) statuses.push(s as Status);
    else errors.push(t("problems.unknown", { name: t("problems.param.status", {}, locale), value: s }, locale));
  }
  const clockRaw = all(params.clock)[0];
  const clock: Clock = clockRaw && (CLOCKS as readonly string[]).includes(clockRaw) ? (clockRaw as Clock) : "event";
  if (clockRaw && clock !== clockRaw) errors.push(t("problems.unknownClock", { value: clockRaw }, locale));
  const asOfRaw = all(params.asOf)[0];
  let asOf: string | undefined;
  if (asOfRaw) {
    const check = checkAsOf(asOfRaw, range, locale);
    if (check.ok) asOf = check.day;
    else errors.push(t("problems.currentInstead", { problem: check.message }, locale));
  }
  const site = all(params.site)[0];
  return { filters: { ...(site ? { site } : {}), statuses: [...new Set(statuses)], clock, ...(asOf ? { asOf } : {}) }, errors };
}

export function filterByStatus<M extends { status: Status }>(monuments: M[], statuses: Status[]): M[] {
  return statuses.length ? monuments.filter((m) => statuses.includes(m.status)) : monuments;
}

/** The query string of a filtered map, for links and the download of exactly what it shows. */
export function mapQuery(f: MapFilters): string {
  const q = new URLSearchParams();
  if (f.site) q.set("site", f.site);
  for (const s of f.statuses) q.append("status", s);
  if (f.asOf) q.set("asOf", f.asOf);
  if (f.asOf && f.clock !== "event") q.set("clock", f.clock);
  return q.toString();
}

/** How a map's statuses were read, for its caption. */
export function mapReading(asOf: string | undefined, clock: Clock, { t, locale, day }: I18n = getI18n("en")): string {
  if (!asOf) return t("map.readingNow");
  const date = locale === "en" ? formatInterval({ earliest: asOf, latest: asOf, precision: "EXACT_DAY" }) : day(asOf);
  return clock === "reported" ? t("map.readingReported", { date }) : t("map.readingEvent", { date });
}

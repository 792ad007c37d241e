// Stage 3: when a claim says it happened, as a window resolved against the publication date.
// chrono-node finds the date expressions; the rules here decide what they mean for the claim:
// "on Sunday" is the last Sunday on or before publication, "between Aug. 27 and Monday" a window,
// "since May" runs to publication, "said on Monday" or "an image taken Monday" only bounds it
// from above. Without a date in the sentence the window runs from `openFrom` (the start of the
// first hold on the site, passed in by the caller) to publication: never narrower than the text.

import * as chrono from "chrono-node";
import { primaryLanguage } from "./language";

export type Precision = "EXACT_DAY" | "REPORTED_DAY" | "WINDOW" | "MONTH" | "YEAR" | "UNKNOWN";

export interface DateWindow {
  earliest: string | null;
  latest: string | null;
  precision: Precision;
  /** The expression as printed, and its offsets in the text searched; null when none was found. */
  text: string | null;
  start: number | null;
  end: number | null;
  /** Why this window, in a few words, for the review screen. */
  reason: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const at = (day: string) => new Date(`${day}T12:00:00Z`);
const addDays = (day: string, n: number) => iso(new Date(at(day).getTime() + n * 86_400_000));
const lastDayOfMonth = (y: number, m: number) => iso(new Date(Date.UTC(y, m, 0)));
const min = (a: string, b: string | null) => (b !== null && b < a ? b : a);

type Parser = { parse(text: string, ref: { instant: Date; timezone: number }, opt?: { forwardDate?: boolean }): chrono.ParsedResult[] };
const PARSERS: Record<string, Parser> = { en: chrono.en.casual, fr: chrono.fr.casual, de: chrono.de.casual, it: chrono.it.casual, ar: chrono.ar.casual };

interface Found {
  earliest: string;
  latest: string;
  precision: Precision;
  text: string;
  index: number;
}

/** One chrono result as a window, read as the past relative to publication. */
function windowOf(r: chrono.ParsedResult, published: string): Found | null {
  const s = r.start;
  const certain = (c: chrono.Component) => s.isCertain(c);
  const pubYear = Number(published.slice(0, 4));
  const text = r.text.trim().replace(/[,.;:]$/, "");
  const base = { text, index: r.index };
  // "the end of June", "early August": somewhere in the month, whatever day chrono picks.
  const vague = /\b(?:end|beginning|start|middle|mid|early|late)\b|\bfin\b|\bdébut\b|\bEnde\b|\bAnfang\b|\bfine\b|\binizio\b/i.test(r.text);
  if (!vague && (certain("day") || (certain("weekday") && !certain("month")))) {
    if (!certain("day")) {
      // A weekday alone: the last such day on or before publication.
      const want = s.get("weekday")!;
      let d = published;
      for (let k = 0; k < 7 && at(d).getUTCDay() !== want; k++) d = addDays(d, -1);
      return { ...base, earliest: d, latest: d, precision: "REPORTED_DAY" };
    }
    let day = `${String(s.get("year")).padStart(4, "0")}-${pad(s.get("month")!)}-${pad(s.get("day")!)}`;
    if (!certain("year") && day > published) day = `${pubYear - 1}${day.slice(4)}`;
    const explicit = certain("year") && certain("month") && !/ago|yesterday|today|tonight|gestern|heute|hier|aujourd|ieri|oggi|أمس|اليوم/i.test(text);
    if (r.end?.isCertain("day")) {
      const e = r.end.date();
      return { ...base, earliest: day, latest: iso(e), precision: "WINDOW" };
    }
    return { ...base, earliest: day, latest: day, precision: explicit ? "EXACT_DAY" : "REPORTED_DAY" };
  }
  if (certain("month")) {
    const m = s.get("month")!;
    let y = certain("year") ? s.get("year")! : pubYear;
    if (!certain("year") && `${y}-${pad(m)}-01` > published) y -= 1;
    return { ...base, earliest: `${y}-${pad(m)}-01`, latest: lastDayOfMonth(y, m), precision: "MONTH" };
  }
  if (certain("year")) {
    const y = s.get("year")!;
    return { ...base, earliest: `${y}-01-01`, latest: `${y}-12-31`, precision: "YEAR" };
  }
  if (/week|semaine|woche|settimana|أسبوع/i.test(text)) {
    return { ...base, earliest: addDays(published, -7), latest: published, precision: "WINDOW" };
  }
  return null;
}

const NOT_A_DATE = /^(?:now|right now|today|tonight|this morning|this evening|currently|at present|aujourd'hui|heute|oggi|اليوم|الآن|حاليا)$/i;
// "a few days ago" is read as within a month. "Recently" is not: reporters use it for anything
// since the last event they covered, so it leaves the window open.
const FEW_DAYS = /\b(?:(?:last|past|recent)\s+(?:few\s+)?days|(?:a few|several|some) days ago)\b|منذ أيام|الأيام الأخيرة/i;
// "a few weeks ago", "il y a quelques semaines": chrono picks a day; read as within two months.
const FEW_WEEKS = /\b(?:(?:a few|several|some)\s+weeks?\s+ago|quelques semaines|einigen Wochen|alcune settimane)\b|منذ أسابيع|قبل أسابيع/i;
// "last week" is the calendar week before the one of publication: up to 13 days back.
const LAST_WEEK = /\b(?:last|past|previous) week\b|la semaine dernière|letzte[n]? Woche|la settimana scorsa|الأسبوع الماضي/i;
const YEAR_ALONE = /\b(?:in|since|during|of|en|im|nel|seit|depuis|dal)\s+((?:19|20)\d\d)\b/gi;
// "since May", "after retaking the city last month", "after IS captured the city in May 2015":
// the act came after the date, up to publication.
const SINCE = /\b(?:since|after|following|seit|nach|depuis|après|dopo|منذ|بعد)\b[^.;:,]{0,70}$/i;
const UNTIL = /\b(?:before|by|until|prior to|vor|avant|prima|قبل)\s+(?:the\s+)?$/i;
// The day something was said or seen, not the day it happened: it bounds the window from above.
const SAID_WORDS = "said|says|told|announced|reported|stated|confirmed|condemned|denounced|declared|expressed|added|showed|shows|released|published|taken|dating|dated|captured|filmed|recorded|seen";
// Arabic: revealed, said, announced, published, broadcast, reported, mentioned, confirmed (no \b in Arabic script).
const SAID_AR = "كشفت|كشف|قالت|قال|أعلنت|أعلن|نشرت|نشر|بثت|بث|أفادت|أفاد|ذكرت|ذكر|أكدت|أكد";
const SAID = new RegExp(`(?:\\b(?:${SAID_WORDS})\\b|${SAID_AR})[^.;]{0,40}$`, "i");
// "Bokova on Tuesday condemned the destruction": the date's own verb, after it, says it was said.
const SAID_AFTER = new RegExp(`^[^.;,]{0,30}?\\b(?:${SAID_WORDS})\\b`, "i");
const EVIDENCE = /\b(?:satellite|image|images|imagery|picture|pictures|photo|photos|photograph|footage|video)\b|صور|فيديو|الأقمار/i;
// "pictures in January showed": the evidence's date, right before the date expression.
const EVIDENCE_JUST_BEFORE = new RegExp(`(?:${EVIDENCE.source})\\s+(?:\\S+\\s+){0,2}$`, "i");
// "today, Friday", "اليوم الجمعة": the day of writing, named; it dates the report, not the act.
const TODAY_BEFORE = /(?:\btoday|اليوم|aujourd'hui|heute|oggi)[\s,/]*$/i;
// A dateline ("New York, Aug 25 (IBNS)") dates the dispatch, not the act.
const DATELINE_AFTER = /^\s*\((?:[A-Z][A-Za-z]{1,9})\)/;
// Arabic أحد is "one" ("أحد المزارات", one of the shrines) far more often than "Sunday" (الأحد).
const NOT_A_WEEKDAY = /^أحد$/;

export interface ResolveOptions {
  published: string | null;
  language: string | null;
  /** Where an undated claim's window starts (the first hold on the site began). */
  openFrom: string | null;
}

export function findDates(text: string, opts: ResolveOptions): Found[] {
  if (!opts.published) return [];
  const parser = PARSERS[primaryLanguage(opts.language) ?? "en"] ?? chrono.en.casual;
  const ref = { instant: at(opts.published), timezone: 0 };
  const found: Found[] = [];
  for (const r of parser.parse(text, ref, { forwardDate: false })) {
    // A bare time of day ("08:00 GMT") dates nothing.
    if (!r.start.isCertain("day") && !r.start.isCertain("weekday") && !r.start.isCertain("month") && !r.start.isCertain("year") && !/week/i.test(r.text)) continue;
    // "now", "today": the day of writing, which dates the report, not the act.
    if (NOT_A_DATE.test(r.text.trim()) || NOT_A_WEEKDAY.test(r.text.trim())) continue;
    if (DATELINE_AFTER.test(text.slice(r.index + r.text.length))) continue;
    // "Aug 25, 2015, at 02:59 pm": a page's timestamp, not the day of an act.
    if (r.start.isCertain("year") && r.start.isCertain("minute") && /\d:\d\d/.test(r.text)) continue;
    // "in the last few days", "last week": read below as windows, not as the day chrono picks.
    if (FEW_DAYS.test(r.text) || LAST_WEEK.test(r.text) || FEW_WEEKS.test(r.text)) continue;
    const w = windowOf(r, opts.published);
    if (!w) continue;
    // "10 days ago" is a reporter's round figure: a day either side.
    if (/\b(?:ago|earlier|before)\b/i.test(w.text) && w.earliest === w.latest && !/\b(?:a|one)\s+(?:day)\b/i.test(w.text)) {
      found.push({ ...w, earliest: addDays(w.earliest, -1), latest: addDays(w.latest, 1), precision: "WINDOW" });
    } else found.push(w);
  }
  for (const m of text.matchAll(YEAR_ALONE)) {
    const index = m.index + m[0].length - 4;
    if (found.some((f) => index >= f.index && index < f.index + f.text.length)) continue;
    found.push({ earliest: `${m[1]}-01-01`, latest: `${m[1]}-12-31`, precision: "YEAR", text: m[1]!, index });
  }
  return found.sort((a, b) => a.index - b.index).filter((f) => f.earliest <= opts.published!);
}

/**
 * The window for a claim worded in `sentence`. `offset` is where the sentence starts in the
 * article (the returned start/end are article offsets); `anchor` is the mention's offset within
 * the sentence: the date expression nearest to it wins.
 */
export function resolveClaimDate(sentence: string, offset: number, anchor: number, opts: ResolveOptions): DateWindow {
  const { published, openFrom } = opts;
  const open = (latest: string | null, reason: string, f?: Found): DateWindow => ({
    earliest: openFrom && (!latest || openFrom <= latest) ? openFrom : null,
    latest,
    precision: "WINDOW",
    text: f?.text ?? null,
    start: f ? offset + f.index : null,
    end: f ? offset + f.index + f.text.length : null,
    reason,
  });
  if (!published) return { ...open(null, "the publication date is unknown, so the window is open"), precision: "UNKNOWN" };
  const dates = findDates(sentence, opts);
  const weeks = FEW_WEEKS.exec(sentence);
  if (weeks && !dates.some((d) => d.precision === "EXACT_DAY" || d.precision === "REPORTED_DAY")) {
    return { earliest: addDays(published, -61), latest: published, precision: "WINDOW", text: weeks[0], start: offset + weeks.index, end: offset + weeks.index + weeks[0].length, reason: "“a few weeks” before publication, read as within two months" };
  }
  const week = LAST_WEEK.exec(sentence);
  if (week && !dates.some((d) => d.precision === "EXACT_DAY" || d.precision === "REPORTED_DAY")) {
    return { earliest: addDays(published, -13), latest: published, precision: "WINDOW", text: week[0], start: offset + week.index, end: offset + week.index + week[0].length, reason: "“last week”: the calendar week before publication's, or since" };
  }
  const few = FEW_DAYS.exec(sentence);
  if (few && !dates.some((d) => d.precision === "EXACT_DAY" || d.precision === "REPORTED_DAY")) {
    return { earliest: addDays(published, -31), latest: published, precision: "WINDOW", text: few[0], start: offset + few.index, end: offset + few.index + few[0].length, reason: "“a few days” before publication, read as within a month" };
  }
  if (!dates.length) return open(published, "no date in the passage: from the start of the first hold on the site to publication");
  const between = /\bbetween\b/i.exec(sentence);
  if (between && dates.length >= 2) {
    const [a, b] = dates.filter((d) => d.index > between.index);
    if (a && b) {
      return {
        earliest: a.earliest, latest: min(b.latest, published), precision: "WINDOW", text: sentence.slice(a.index, b.index + b.text.length),
        start: offset + a.index, end: offset + b.index + b.text.length, reason: "between two dates",
      };
    }
  }
  const f = dates.slice().sort((a, b) => Math.abs(a.index - anchor) - Math.abs(b.index - anchor))[0]!;
  const before = sentence.slice(Math.max(0, f.index - 60), f.index);
  const after = sentence.slice(f.index + f.text.length);
  const span = { text: f.text, start: offset + f.index, end: offset + f.index + f.text.length };
  if (EVIDENCE_JUST_BEFORE.test(before) || SAID_AFTER.test(after) || TODAY_BEFORE.test(before)) {
    return open(min(f.latest, published), `“${f.text}” is when it was said or seen, so it happened by then`, f);
  }
  if (SINCE.test(before)) return { ...span, earliest: f.earliest, latest: published, precision: "WINDOW", reason: `from “${f.text}” to publication` };
  if (UNTIL.test(before)) return open(min(f.latest, published), `by “${f.text}”`, f);
  if (SAID.test(before) || EVIDENCE.test(sentence)) {
    return open(min(f.latest, published), `“${f.text}” is when it was said or seen, so it happened by then`, f);
  }
  const latest = min(f.latest, published);
  return { ...span, earliest: f.earliest, latest, precision: latest !== f.latest ? "WINDOW" : f.precision, reason: `“${f.text}”, read against the publication date` };
}

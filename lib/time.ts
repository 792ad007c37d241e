// Time, in one place. Heritage Watch reads a monument's record on two clocks:
//
// - Event time ("what state was it in on D, by everything known now"): every published account
//   counts, and an occurrence is certain only from the last day of its date window. While D lies
//   inside the window it is *possibly* done, never already done.
// - Knowledge time ("what had been published by D"): only accounts from sources published on or
//   before D count: what a journalist could have known that day. A source dated by a window
//   counts from the window's end; an undated source never counts on this clock.
//
// Accounts of one occurrence narrow each other: its window is the intersection of theirs. An
// empty intersection is a disagreement about the date. Pages and the API only ask this module.

import { formatInterval, toIsoDay, type DateInput } from "./dates";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { formatDay, t } from "./messages";

export type Day = string;
export const CLOCKS = ["event", "reported"] as const;
export type Clock = (typeof CLOCKS)[number];

/** Inclusive bounds; null is an open bound. Both null: undated. */
export interface Window {
  earliest: Day | null;
  latest: Day | null;
}

const day = (d: DateInput): Day | null => (d === null || d === undefined || d === "" ? null : toIsoDay(d));

export function windowOf(iv: { dateEarliest: DateInput; dateLatest: DateInput }): Window {
  return { earliest: day(iv.dateEarliest), latest: day(iv.dateLatest) };
}

export const isUndated = (w: Window): boolean => w.earliest === null && w.latest === null;

/**
 * The days every window allows. Open bounds do not narrow; undated windows are ignored.
 * null when the windows share no day (the accounts disagree on the date).
 */
export function intersectWindows(windows: Window[]): Window | null {
  let earliest: Day | null = null;
  let latest: Day | null = null;
  for (const w of windows) {
    if (w.earliest !== null && (earliest === null || w.earliest > earliest)) earliest = w.earliest;
    if (w.latest !== null && (latest === null || w.latest < latest)) latest = w.latest;
  }
  if (earliest !== null && latest !== null && earliest > latest) return null;
  return { earliest, latest };
}

/**
 * Where D stands against a window, on event time. Without D ("now"), everything has happened.
 * - happened: the window closed on or before D;
 * - possibly: D lies inside the window (or the window has no start and has not closed);
 * - not-yet:  the window opens after D;
 * - undated:  nothing places it in time, so it says nothing about any particular D.
 */
export type Reading = "happened" | "possibly" | "not-yet" | "undated";

export function readAt(w: Window, asOf?: Day): Reading {
  if (asOf === undefined) return "happened";
  if (isUndated(w)) return "undated";
  if (w.latest !== null && w.latest <= asOf) return "happened";
  if (w.earliest === null || w.earliest <= asOf) return "possibly";
  return "not-yet";
}

export interface SourceDates {
  publishedEarliest: DateInput;
  publishedLatest: DateInput;
}

/** The first day a source can be said to have been published: its window's end. null if undated. */
export function sourcePublishedBy(s: SourceDates): Day | null {
  return day(s.publishedLatest) ?? day(s.publishedEarliest);
}

/**
 * The first day an account was public: the earliest publication among the sources that report
 * it. null when none of them is dated (it never counts on knowledge time).
 */
export function reportedOn(sources: SourceDates[]): Day | null {
  let first: Day | null = null;
  for (const s of sources) {
    const d = sourcePublishedBy(s);
    if (d !== null && (first === null || d < first)) first = d;
  }
  return first;
}

/** Does an account count at D on this clock? (Event time counts every account.) */
export function countsOnClock(reported: Day | null | undefined, clock: Clock, asOf?: Day): boolean {
  if (clock === "event" || asOf === undefined) return true;
  return reported !== null && reported !== undefined && reported <= asOf;
}

/** Reader-facing words for an occurrence that may or may not have happened by D. */
export function describeWindow(w: Window): string {
  return formatInterval({ earliest: w.earliest, latest: w.latest, precision: w.earliest === w.latest ? "EXACT_DAY" : "WINDOW" });
}

/** The first and last day of the range an as-of date may take: the dataset's start to today. */
export interface DayRange {
  first: Day;
  last: Day;
}

export type AsOfCheck = { ok: true; day: Day } | { ok: false; reason: "invalid" | "out-of-range"; message: string };

/**
 * An as-of date from a URL: a real calendar day inside the range, or a message saying why not.
 * The range keeps the set of cacheable as-of pages bounded.
 */
export function checkAsOf(raw: string, range: DayRange, locale: Locale = DEFAULT_LOCALE): AsOfCheck {
  let d: Day;
  try {
    d = toIsoDay(raw);
  } catch {
    return { ok: false, reason: "invalid", message: t("problems.asOfFormat", {}, locale) };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { ok: false, reason: "invalid", message: t("problems.asOfFormat", {}, locale) };
  if (d < range.first || d > range.last) {
    return { ok: false, reason: "out-of-range", message: t("problems.asOfOutside", { day: formatDay(d, locale), first: formatDay(range.first, locale), last: formatDay(range.last, locale) }, locale) };
  }
  return { ok: true, day: d };
}

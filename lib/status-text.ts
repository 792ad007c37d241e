// The words a reader sees for a status through time: what is certain, what may have happened,
// and between which days. Pure, so pages, the API and tests say the same thing.
import { formatInterval } from "./dates";
import { getI18n, type I18n } from "./messages";
import type { DamageExtent, Status } from "./domain";
import { statusLabel, type DerivedStatus, type Pending, type StatusStep } from "./status";
import { describeWindow, type Clock } from "./time";

/** An extent as a past participle: "the temple was … ". */
export const EXTENT_DONE: Record<DamageExtent, string> = {
  DESTROYED: "destroyed",
  SEVERE: "severely damaged",
  MODERATE: "moderately damaged",
  DAMAGED: "damaged",
  POSSIBLE: "possibly damaged",
  NONE: "found undamaged",
};

const dayWords = (d: string) => formatInterval({ earliest: d, latest: d, precision: "EXACT_DAY" });

const EN = getI18n("en");

/** "destroyed between 27 and 31 August 2015"; `i18n` for another language (English by default). */
export function pendingText(p: Pending, i18n: I18n = EN): string {
  if (i18n.locale === "en") return `${EXTENT_DONE[p.extent]} ${describeWindow(p.window)}`;
  const w = p.window;
  return i18n.t("statusText.pending", { extent: i18n.t(`extentDone.${p.extent}`), window: i18n.interval({ earliest: w.earliest, latest: w.latest, precision: w.earliest === w.latest ? "EXACT_DAY" : "WINDOW" }) });
}

const statusIn = (s: Status, i18n: I18n) => (i18n.locale === "en" ? statusLabel(s) : i18n.t(`status.${s}`));

/** The status in a sentence; for an uncertain one, what may have happened and what is certain. */
export function statusSentence(d: Pick<DerivedStatus, "status" | "settled" | "pending">, asOf?: string, i18n: I18n = EN): string {
  if (d.status !== "uncertain" || !d.pending?.length) return statusIn(d.status, i18n);
  const worst = d.pending[0] as Pending;
  const vars = { extent: i18n.t(`extentDone.${worst.extent}`), pending: pendingText(worst, i18n) };
  const main = asOf ? i18n.t("statusText.uncertainBy", { ...vars, date: i18n.locale === "en" ? dayWords(asOf) : i18n.day(asOf) }) : i18n.t("statusText.uncertain", vars);
  const settled = d.settled && d.settled !== "unknown" ? ` ${i18n.t("statusText.settled", { status: statusIn(d.settled, i18n).toLowerCase() })}` : "";
  return `${main}${settled}`;
}

/** One line of the condition timeline. */
export function stepText(step: StatusStep, i18n: I18n = EN): string {
  const date = i18n.locale === "en" ? dayWords(step.from) : i18n.day(step.from);
  if (step.status === "uncertain" && step.pending?.[0]) return i18n.t("statusText.fromPossibly", { date, extent: i18n.t(`extentDone.${step.pending[0].extent}`), pending: pendingText(step.pending[0], i18n) });
  return i18n.t("statusText.from", { date, status: statusIn(step.status, i18n) });
}

/** How the page names a reading: "now", "on 1 June 2015 (as it happened)", "as reported by 1 June 2015". */
export function readingTitle(asOf: string | undefined, clock: Clock, i18n: I18n = EN): string {
  if (!asOf) return i18n.t("reading.now");
  const date = i18n.locale === "en" ? dayWords(asOf) : i18n.day(asOf);
  return i18n.t(clock === "reported" ? "reading.reported" : "reading.event", { date });
}

export type { Status };

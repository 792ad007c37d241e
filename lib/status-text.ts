// The words a reader sees for a status through time: what is certain, what may have happened,
// and between which days. Pure, so pages, the API and tests say the same thing.
import { formatInterval } from "./dates";
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

/** "destroyed between 27 and 31 August 2015" */
export function pendingText(p: Pending): string {
  return `${EXTENT_DONE[p.extent]} ${describeWindow(p.window)}`;
}

/** The status in a sentence; for an uncertain one, what may have happened and what is certain. */
export function statusSentence(d: Pick<DerivedStatus, "status" | "settled" | "pending">, asOf?: string): string {
  if (d.status !== "uncertain" || !d.pending?.length) return statusLabel(d.status);
  const worst = d.pending[0] as Pending;
  const by = asOf ? ` by ${dayWords(asOf)}` : "";
  const settled = d.settled && d.settled !== "unknown" ? ` Certain by then: ${statusLabel(d.settled).toLowerCase()}.` : "";
  return `Possibly ${EXTENT_DONE[worst.extent]}${by}: ${pendingText(worst)}.${settled}`;
}

/** One line of the condition timeline. */
export function stepText(step: StatusStep): string {
  const from = `From ${dayWords(step.from)}`;
  if (step.status === "uncertain" && step.pending?.[0]) return `${from}: possibly ${EXTENT_DONE[step.pending[0].extent]} (${pendingText(step.pending[0])})`;
  return `${from}: ${statusLabel(step.status)}`;
}

/** How the page names a reading: "now", "on 1 June 2015 (as it happened)", "as reported by 1 June 2015". */
export function readingTitle(asOf: string | undefined, clock: Clock): string {
  if (!asOf) return "now";
  return clock === "reported" ? `as reported by ${dayWords(asOf)}` : `on ${dayWords(asOf)}, by everything known now`;
}

export type { Status };

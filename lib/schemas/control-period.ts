import { z } from "zod";
import { CONFIDENCES, DATE_PRECISIONS } from "@/lib/domain";
import { CONFIDENCE_CHOICE_LABELS, CONFIDENCE_HINT } from "@/lib/labels";
import { choice, optionalChoice, optionalDay, optionalText, opts, recordMeta, requiredDay, requiredId, requiredText, type FieldDef } from "./fields";
import { checkInterval } from "./interval";

export const controlPeriodSchema = z
  .object({
    ...recordMeta,
    actorId: requiredId("the actor"),
    startEarliest: requiredDay("Start (earliest)"),
    startLatest: requiredDay("Start (latest)"),
    startPrecision: choice(DATE_PRECISIONS, "the start's precision"),
    startText: optionalText,
    endEarliest: optionalDay,
    endLatest: optionalDay,
    endPrecision: optionalChoice(DATE_PRECISIONS, "the end's precision"),
    endText: optionalText,
    confidence: choice(CONFIDENCES, "a confidence grade"),
    description: requiredText("Description"),
  })
  .superRefine((p, ctx) => {
    checkInterval(ctx, p.startEarliest, p.startLatest, p.startPrecision, { earliest: "startEarliest", latest: "startLatest", precision: "startPrecision" });
    if (p.endEarliest || p.endLatest || p.endPrecision) {
      if (!p.endPrecision) ctx.addIssue({ code: "custom", path: ["endPrecision"], message: "Say how precisely the end is known." });
      else checkInterval(ctx, p.endEarliest, p.endLatest, p.endPrecision, { earliest: "endEarliest", latest: "endLatest", precision: "endPrecision" });
      const end = p.endLatest ?? p.endEarliest;
      if (end && end < p.startEarliest) ctx.addIssue({ code: "custom", path: ["endLatest"], message: "The period cannot end before it starts." });
    }
  });

export type ControlPeriodInput = z.output<typeof controlPeriodSchema>;

export const controlPeriodFields: FieldDef[] = [
  { name: "actorId", label: "Actor in control", kind: "select", options: "actors" },
  { name: "startEarliest", label: "Start (earliest)", kind: "date" },
  { name: "startLatest", label: "Start (latest)", kind: "date" },
  { name: "startPrecision", label: "Start precision", kind: "select", options: opts(DATE_PRECISIONS) },
  { name: "startText", label: "Start as worded", kind: "text", optional: true },
  { name: "endEarliest", label: "End (earliest)", kind: "date", optional: true },
  { name: "endLatest", label: "End (latest)", kind: "date", optional: true },
  { name: "endPrecision", label: "End precision", kind: "select", options: opts(DATE_PRECISIONS), optional: true },
  { name: "endText", label: "End as worded", kind: "text", optional: true },
  { name: "confidence", label: "Confidence", kind: "select", options: opts(CONFIDENCES, CONFIDENCE_CHOICE_LABELS), hint: CONFIDENCE_HINT },
  { name: "description", label: "Description", kind: "textarea" },
];

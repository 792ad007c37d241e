import { z } from "zod";
import { optionalId, optionalNumber, optionalText, recordMeta, requiredId, requiredText, type FieldDef } from "./fields";

export const quoteShape = {
  quote: requiredText("The quoted passage"),
  prefix: optionalText.transform((s) => s ?? ""),
  suffix: optionalText.transform((s) => s ?? ""),
  paragraph: optionalNumber(1, 10_000, "The paragraph is a whole number from 1.", true),
};

export const citationSchema = z
  .object({
    ...recordMeta,
    sourceId: requiredId("the source"),
    damageEventId: optionalId,
    controlPeriodId: optionalId,
    monumentId: optionalId,
    field: optionalText,
    ...quoteShape,
  })
  .superRefine((c, ctx) => {
    const targets = [c.damageEventId, c.controlPeriodId, c.monumentId].filter(Boolean).length;
    if (targets !== 1) ctx.addIssue({ code: "custom", path: ["damageEventId"], message: "A citation supports exactly one thing: a damage event, a control period or a monument." });
    if (c.monumentId && !c.field) ctx.addIssue({ code: "custom", path: ["field"], message: "Name the fact the passage supports (e.g. name, age, location)." });
  });

export type CitationInput = z.output<typeof citationSchema>;

export const citationFields: FieldDef[] = [
  { name: "sourceId", label: "Source", kind: "select", options: "sources" },
  { name: "damageEventId", label: "Damage event", kind: "select", options: "events", optional: true },
  { name: "controlPeriodId", label: "Control period", kind: "select", options: "controlPeriods", optional: true },
  { name: "monumentId", label: "Monument (for a fact about it)", kind: "select", options: "monuments", optional: true },
  { name: "field", label: "Fact (for a monument)", kind: "text", optional: true, hint: "name, age, location…" },
  { name: "quote", label: "Exact quote", kind: "textarea", dir: "auto" },
  { name: "prefix", label: "Text just before the quote", kind: "text", optional: true, dir: "auto" },
  { name: "suffix", label: "Text just after the quote", kind: "text", optional: true, dir: "auto" },
  { name: "paragraph", label: "Paragraph", kind: "number", optional: true },
];

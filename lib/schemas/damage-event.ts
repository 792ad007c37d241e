import { z } from "zod";
import { ATTRIBUTIONS, CONFIDENCES, DAMAGE_EXTENTS, DAMAGE_METHODS, DATE_PRECISIONS } from "@/lib/domain";
import { ATTRIBUTION_LABELS, CONFIDENCE_CHOICE_LABELS, CONFIDENCE_HINT, EXTENT_LABELS, METHOD_LABELS } from "@/lib/labels";
import { choice, optionalChoice, optionalDay, optionalId, optionalNumber, optionalText, opts, recordMeta, requiredId, requiredText, type FieldDef } from "./fields";
import { checkInterval } from "./interval";

export const damageEventShape = {
  monumentId: requiredId("the monument"),
  dateEarliest: optionalDay,
  dateLatest: optionalDay,
  datePrecision: choice(DATE_PRECISIONS, "how precisely the date is known"),
  dateText: optionalText,
  method: choice(DAMAGE_METHODS, "a method"),
  extent: optionalChoice(DAMAGE_EXTENTS, "an extent"),
  actorId: optionalId,
  attribution: optionalChoice(ATTRIBUTIONS, "how the actor is attributed"),
  confidence: choice(CONFIDENCES, "a confidence grade"),
  // A figure the account states ("columns still standing": 2): accounts that differ on it disagree.
  figureLabel: optionalText,
  figureValue: optionalNumber(-1e12, 1e12, "The figure is a number."),
  description: requiredText("Description"),
};

type EventFields = {
  dateEarliest: string | null;
  dateLatest: string | null;
  datePrecision: (typeof DATE_PRECISIONS)[number];
  actorId: string | null;
  attribution: string | null;
  figureLabel: string | null;
  figureValue: number | null;
};

export function refineDamageEvent(e: EventFields, ctx: z.RefinementCtx) {
  checkInterval(ctx, e.dateEarliest, e.dateLatest, e.datePrecision, { earliest: "dateEarliest", latest: "dateLatest", precision: "datePrecision" });
  if (e.actorId && !e.attribution) ctx.addIssue({ code: "custom", path: ["attribution"], message: "Say how the actor is attributed." });
  if (!e.actorId && e.attribution) ctx.addIssue({ code: "custom", path: ["actorId"], message: "Choose the actor the attribution is about." });
  if ((e.figureLabel === null) !== (e.figureValue === null))
    ctx.addIssue({ code: "custom", path: [e.figureLabel === null ? "figureLabel" : "figureValue"], message: "Give both what the figure counts and its value, or neither." });
}

export const damageEventSchema = z.object({ ...recordMeta, ...damageEventShape }).superRefine(refineDamageEvent);

export type DamageEventInput = z.output<typeof damageEventSchema>;

export const damageEventFields: FieldDef[] = [
  { name: "monumentId", label: "Monument", kind: "select", options: "monuments" },
  { name: "dateEarliest", label: "Earliest date", kind: "date", optional: true },
  { name: "dateLatest", label: "Latest date", kind: "date", optional: true },
  { name: "datePrecision", label: "Date precision", kind: "select", options: opts(DATE_PRECISIONS), hint: "Exact day: earliest = latest. Window: between two observations." },
  { name: "dateText", label: "Date as the source words it", kind: "text", optional: true },
  { name: "method", label: "Method", kind: "select", options: opts(DAMAGE_METHODS, METHOD_LABELS) },
  { name: "extent", label: "Extent (UNOSAT scale)", kind: "select", options: opts(DAMAGE_EXTENTS, EXTENT_LABELS), optional: true },
  { name: "actorId", label: "Actor", kind: "select", options: "actors", optional: true },
  { name: "attribution", label: "Attribution", kind: "select", options: opts(ATTRIBUTIONS, ATTRIBUTION_LABELS), optional: true },
  { name: "confidence", label: "Confidence", kind: "select", options: opts(CONFIDENCES, CONFIDENCE_CHOICE_LABELS), hint: CONFIDENCE_HINT },
  { name: "figureLabel", label: "A figure it states (what)", kind: "text", optional: true, hint: "e.g. columns still standing" },
  { name: "figureValue", label: "A figure it states (value)", kind: "number", optional: true },
  { name: "description", label: "Description", kind: "textarea" },
];

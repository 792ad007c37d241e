import { z } from "zod";
import { MONUMENT_TYPES } from "@/lib/domain";
import { damageEventShape, refineDamageEvent } from "./damage-event";
import { optionalId, optionalText, submitIntent } from "./fields";
import { quoteShape } from "./citation";
import { refineSource, sourceShape } from "./source";

// The editor's one-page damage report: an existing or new monument, the event, an existing or new
// source, and the quoted passage. Saved in one transaction as drafts, or not at all.
export const reportSchema = z
  .object({
    monumentMode: z.enum(["existing", "new"]),
    newMonumentName: optionalText,
    newMonumentType: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(MONUMENT_TYPES).nullable()),
    newMonumentDescription: optionalText,
    ...damageEventShape,
    monumentId: optionalId,
    sourceMode: z.enum(["existing", "new"]),
    sourceId: optionalId,
    ...sourceShape,
    title: optionalText,
    publisher: optionalText,
    language: optionalText,
    kind: z.preprocess((v) => (v === "" ? undefined : v), sourceShape.kind.optional()),
    publishedPrecision: z.preprocess((v) => (v === "" || v === undefined ? "UNKNOWN" : v), sourceShape.publishedPrecision),
    ...quoteShape,
    submit: submitIntent,
    // An event of the monument this account joins ("add this account to event X"), or "new".
    occurrence: optionalId,
  })
  // Which parts are required depends on the modes. Those checks run even when other fields failed
  // (zod skips a refinement after failed fields by default), so an empty report lists everything
  // missing in one round instead of two.
  .superRefine(
    (r, ctx) => {
      const need = (ok: unknown, path: string, message: string) => ok || ctx.addIssue({ code: "custom", path: [path], message });
      if (r.monumentMode === "existing") need(r.monumentId, "monumentId", "Choose the monument, or create a new one.");
      else {
        need(r.newMonumentName, "newMonumentName", "Name the new monument.");
        need(r.newMonumentType, "newMonumentType", "Choose the new monument's type.");
        need(r.newMonumentDescription, "newMonumentDescription", "Describe the new monument in a sentence.");
      }
      if (r.sourceMode === "existing") need(r.sourceId, "sourceId", "Choose the source, or add a new one.");
      else {
        need(r.title, "title", "Title is required.");
        need(r.publisher, "publisher", "Publisher is required.");
        need(r.kind, "kind", "Choose a kind of source.");
        if (typeof r.language !== "string" || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(r.language))
          ctx.addIssue({ code: "custom", path: ["language"], message: "Use a language code like en, ar or ar-Latn." });
      }
    },
    { when: () => true },
  )
  // Rules between fields (date windows, actor and attribution) need the fields' parsed values.
  .superRefine((r, ctx) => {
    refineDamageEvent(r, ctx);
    if (r.sourceMode === "new") refineSource(r, ctx);
  });

export type ReportInput = z.output<typeof reportSchema>;


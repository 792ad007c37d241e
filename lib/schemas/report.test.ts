import { expect, it } from "vitest";
import { z } from "zod";
import { damageEventFields } from "./damage-event";
import { citationFields } from "./citation";
import { reportSchema } from "./report";
import { sourceFields } from "./source";

// What the report form posts when nothing was filled in: every field empty, the default modes.
const empty = Object.fromEntries(
  [...damageEventFields, ...sourceFields, ...citationFields.filter((f) => ["quote", "prefix", "suffix", "paragraph"].includes(f.name))].map((f) => [f.name, ""]),
);

function errorsOf(input: Record<string, string>) {
  const result = reportSchema.safeParse(input);
  expect(result.success).toBe(false);
  return z.flattenError(result.error!).fieldErrors as Record<string, string[]>;
}

it("shows every missing field of an empty report at once, not in two rounds", () => {
  const errors = errorsOf({ ...empty, monumentMode: "existing", sourceMode: "new", submit: "draft" });
  expect(Object.keys(errors).sort()).toEqual(["confidence", "datePrecision", "description", "kind", "language", "method", "monumentId", "publisher", "quote", "title"].sort());
  expect(errors.monumentId).toEqual(["Choose the monument, or create a new one."]);
});

it("names the new monument's and the chosen source's missing fields with the rest", () => {
  const errors = errorsOf({ ...empty, monumentMode: "new", sourceMode: "existing", submit: "review" });
  expect(Object.keys(errors).sort()).toEqual(["confidence", "datePrecision", "description", "method", "newMonumentDescription", "newMonumentName", "newMonumentType", "quote", "sourceId"].sort());
});

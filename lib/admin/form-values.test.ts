import { expect, it } from "vitest";
import { monumentSchema } from "@/lib/schemas/monument";
import { toFormValues } from "./form-values";

it("turns a record into form strings that parse back to the same record", () => {
  const content = {
    id: "m1", version: 3, name: "Temple of Bel", siteId: "s1", type: "TEMPLE", description: "A temple.", constructionDate: null,
    constructionYear: 32, latitude: 34.547, longitude: 38.274, locationPrecision: "EXACT", parentId: null, wikidataId: "Q1",
    names: [{ value: "معبد بل", lang: "ar", kind: "VARIANT" }, { value: "Bel", lang: "en", kind: "LOOSE" }],
  };
  const values = toFormValues(content);
  expect(values.names).toBe("معبد بل | ar | VARIANT\nBel | en | LOOSE");
  expect(values.parentId).toBe("");
  expect(monumentSchema.parse(values)).toEqual(content);
});

it("reports a bad name line and out-of-range coordinates next to their fields", () => {
  const result = monumentSchema.safeParse({ name: "X", siteId: "s", type: "TEMPLE", description: "d", locationPrecision: "EXACT", latitude: "91", longitude: "10", names: "Bel | english" });
  expect(result.success).toBe(false);
  const paths = result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  expect(paths).toContain("latitude: Latitude must be a number between -90 and 90.");
  expect(paths.some((p) => p.startsWith("names: Line 1"))).toBe(true);
});

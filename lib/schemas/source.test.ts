import { expect, it } from "vitest";
import { toFormValues } from "@/lib/admin/form-values";
import { MAX_LINES } from "./fields";
import { sourceSchema } from "./source";

const base = { title: "Syrian army, militias push into Palmyra", publisher: "Al Bawaba", publishedPrecision: "UNKNOWN", language: "en", kind: "NEWS_ARTICLE" };

it("saves a source's authors, one per line", () => {
  const result = sourceSchema.safeParse({ ...base, authors: "Weedah Hamzah\n\nKhalil Hamlo\n" });
  expect(result.success && result.data.authors).toEqual(["Weedah Hamzah", "Khalil Hamlo"]);
});

it("reads back a stored source with authors through its form (edit and restore)", () => {
  const content = { ...base, id: "s1", version: 2, url: null, authors: ["Tom Perry"], publishedEarliest: null, publishedLatest: null, publishedText: null, archiveUrl: null, accessedAt: null, note: null };
  expect(sourceSchema.parse(toFormValues(content)).authors).toEqual(["Tom Perry"]);
});

it(`refuses more than ${MAX_LINES} authors with a message, not a save`, () => {
  const authors = Array.from({ length: 4000 }, (_, i) => `Author ${i}`).join("\n");
  const result = sourceSchema.safeParse({ ...base, authors });
  expect(result.success).toBe(false);
  expect(result.error!.issues.map((i) => i.message)).toContain(`At most ${MAX_LINES} lines; this has 4000.`);
});

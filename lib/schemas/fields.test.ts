import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actorSchema } from "./actor";
import { citationSchema } from "./citation";
import { controlPeriodSchema } from "./control-period";
import { damageEventSchema } from "./damage-event";
import { latestToday } from "./fields";
import { monumentSchema } from "./monument";
import { reportSchema } from "./report";
import { sourceSchema } from "./source";

// What an editor sees: the field's messages after a save is refused.
function messages(schema: z.ZodType, input: Record<string, string>, field: string): string[] {
  const r = schema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.filter((i) => i.path[0] === field).map((i) => i.message);
}

const monument = { name: "Temple of Bel", siteId: "site1", type: "TEMPLE", description: "A temple.", locationPrecision: "EXACT", names: "" };
const source = { title: "Palmyra temple destroyed", publisher: "BBC", publishedPrecision: "UNKNOWN", language: "en", kind: "NEWS_ARTICLE", authors: "" };
const event = { monumentId: "m1", datePrecision: "EXACT_DAY", method: "EXPLOSIVES", confidence: "CONFIRMED", description: "Blown up." };
const period = { actorId: "a1", startEarliest: "2015-05-20", startLatest: "2015-05-21", startPrecision: "WINDOW", confidence: "CONFIRMED", description: "Held the city." };
const citation = { sourceId: "s1", damageEventId: "e1", quote: "The temple was destroyed." };

describe("invisible text (issue 12, finding 3)", () => {
  const invisibles = ["\u200B", "\uFEFF", "\u2060", "\u200E\u200F", "\u202E", "\u2066\u2069", " \u200B\u00A0\u200B "];

  it.each(invisibles.map((s) => [JSON.stringify(s), s]))("refuses a required name, title, quote or description made only of %s", (_, blank) => {
    for (const [schema, input, field] of [
      [monumentSchema, monument, "name"],
      [monumentSchema, monument, "description"],
      [sourceSchema, source, "title"],
      [sourceSchema, source, "publisher"],
      [citationSchema, citation, "quote"],
      [actorSchema, { name: "ISIL", kind: "ARMED_GROUP" }, "name"],
    ] as const) {
      expect(messages(schema, { ...input, [field]: blank }, field).length, `${field} = ${JSON.stringify(blank)}`).toBeGreaterThan(0);
    }
  });

  it("says why an invisible-only name is refused", () => {
    expect(messages(monumentSchema, { ...monument, name: "\u200B\u2060\uFEFF" }, "name")).toEqual(["Name is required: what was entered is only invisible characters."]);
  });

  it("refuses a bidi override that would make a name display reversed", () => {
    const [message] = messages(monumentSchema, { ...monument, name: "\u202Elep fo elpmeT" }, "name");
    expect(message).toMatch(/hidden text-direction characters/);
    expect(messages(sourceSchema, { ...source, title: "Palmyra \u2067news\u2069" }, "title")[0]).toMatch(/text-direction/);
    expect(messages(monumentSchema, { ...monument, names: "\u202Eلب دبعم | ar | variant" }, "names")[0]).toMatch(/Line 1 contains hidden text-direction/);
    expect(messages(sourceSchema, { ...source, authors: "Tom \u202EPerry" }, "authors")[0]).toMatch(/text-direction/);
  });

  it("keeps ordinary Arabic, joiners inside words, and a new-source report without an invisible title", () => {
    expect(monumentSchema.safeParse({ ...monument, name: "معبد بل", names: "می‌خواهم | fa | variant" }).success).toBe(true);
    const report = { monumentMode: "existing", sourceMode: "new", ...event, ...source, title: "\u200B", quote: "Destroyed." };
    expect(messages(reportSchema, report, "title")).toEqual(["Title is required."]);
  });
});

describe("dates in the future (issue 12, finding 4)", () => {
  const future = "2099-01-01";

  it("refuses a future date for events, publications, access dates and control periods, with a message", () => {
    const cases: [z.ZodType, Record<string, string>, string][] = [
      [damageEventSchema, { ...event, dateEarliest: future, dateLatest: future }, "dateEarliest"],
      [sourceSchema, { ...source, publishedEarliest: future, publishedLatest: future, publishedPrecision: "EXACT_DAY" }, "publishedEarliest"],
      [sourceSchema, { ...source, accessedAt: future }, "accessedAt"],
      [controlPeriodSchema, { ...period, startEarliest: future, startLatest: future }, "startEarliest"],
      [controlPeriodSchema, { ...period, endEarliest: "2016-03-27", endLatest: future, endPrecision: "WINDOW" }, "endLatest"],
    ];
    for (const [schema, input, field] of cases) {
      expect(messages(schema, input, field).join(" "), field).toMatch(/this date is in the future \(today is \d{4}-\d{2}-\d{2}\)/);
    }
  });

  it("accepts today and the past", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(sourceSchema.safeParse({ ...source, accessedAt: today }).success).toBe(true);
    expect(damageEventSchema.safeParse({ ...event, dateEarliest: "2015-08-30", dateLatest: "2015-08-30" }).success).toBe(true);
  });

  it("counts today as the date in the earliest time zone", () => {
    expect(latestToday(new Date("2026-12-04T10:00:00Z"))).toBe("2026-12-05");
    expect(latestToday(new Date("2026-12-04T09:59:59Z"))).toBe("2026-12-04");
  });
});

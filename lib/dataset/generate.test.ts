import { describe, expect, it } from "vitest";
import { checkSizes, generateEvents, generatePlaces, generateSources } from "./generate";

const sizes = { sites: 3, monuments: 40, events: 600, sources: 50 };

describe("checkSizes", () => {
  it("accepts the issue's sizes", () => {
    expect(checkSizes({ sites: 200, monuments: 10_000, events: 200_000, sources: 50_000 })).toEqual([]);
  });
  it.each([
    [{ sites: 0, monuments: 10, events: 0, sources: 0 }, "--sites must be at least 1: every monument stands at a site"],
    [{ sites: 20, monuments: 10, events: 0, sources: 0 }, "--monuments 10 is fewer than --sites 20: every site needs a monument"],
    [{ sites: 1, monuments: 10, events: 5, sources: 0 }, "--events needs at least one source: every claim is quoted from one"],
    [{ sites: 1, monuments: -1, events: 0, sources: 0 }, "--monuments must be a whole number ≥ 0 (got -1)"],
    [{ sites: 1, monuments: 1.5, events: 0, sources: 0 }, "--monuments must be a whole number ≥ 0 (got 1.5)"],
    [{ sites: 1, monuments: 10, events: 20_000_000, sources: 1 }, "--events 20000000 is more than 10000000"],
  ])("refuses %o", (s, message) => {
    expect(checkSizes(s)).toEqual([message]);
  });
});

describe("generated dataset", () => {
  const places = generatePlaces(sizes, 7);
  const sources = [...generateSources(sizes, 7)].flat();
  const batches = [...generateEvents(sizes, places.monuments, 7, 100)];
  const events = batches.flatMap((b) => b.events);
  const citations = batches.flatMap((b) => b.citations);

  it("is the same for the same seed, and another for another", () => {
    expect(generatePlaces(sizes, 7)).toEqual(places);
    expect([...generateEvents(sizes, places.monuments, 7, 100)].flatMap((b) => b.events)).toEqual(events);
    expect(generatePlaces(sizes, 8).monuments.map((m) => m.name)).not.toEqual(places.monuments.map((m) => m.name));
  });
  it("has the asked sizes, every site a monument, every claim a quote from an existing source", () => {
    expect([places.sites.length, places.monuments.length, events.length, sources.length]).toEqual([3, 40, 600, 50]);
    expect(new Set(places.monuments.map((m) => m.siteId)).size).toBe(3);
    const sourceIds = new Set(sources.map((s) => s.id));
    expect(citations.every((c) => sourceIds.has(c.sourceId))).toBe(true);
    expect(new Set(citations.map((c) => c.damageEventId))).toEqual(new Set(events.map((e) => e.id)));
  });
  it("names monuments in Latin and Arabic script, with unique slugs, parts under a whole of their site", () => {
    expect(places.monuments.every((m) => /[A-Za-z]/.test(m.name) && /[\u0600-\u06ff]/.test(m.nameAr))).toBe(true);
    expect(new Set(places.monuments.map((m) => m.slug)).size).toBe(40);
    const byId = new Map(places.monuments.map((m) => [m.id, m]));
    for (const m of places.monuments.filter((x) => x.parentId)) expect(byId.get(m.parentId!)!.siteId).toBe(m.siteId);
  });
  it("tells some occurrences more than once, points each account at an earlier first account, and dates most of them", () => {
    const ids = new Set<string>();
    for (const e of events) {
      if (e.sameAsId) expect(ids.has(e.sameAsId)).toBe(true);
      ids.add(e.id);
    }
    const retold = events.filter((e) => e.sameAsId).length;
    expect(retold / events.length).toBeGreaterThan(0.15);
    expect(events.filter((e) => e.dateEarliest === null).length / events.length).toBeLessThan(0.1);
    expect(events.some((e) => e.datePrecision === "WINDOW" && e.dateLatest! > e.dateEarliest!)).toBe(true);
    // Some accounts of one occurrence disagree on the extent.
    const first = new Map(events.map((e) => [e.id, e]));
    expect(events.some((e) => e.sameAsId && first.get(e.sameAsId)!.extent !== e.extent)).toBe(true);
  });
  it("quotes Arabic-language sources in Arabic", () => {
    const lang = new Map(sources.map((s) => [s.id, s.language]));
    const arabic = citations.filter((c) => lang.get(c.sourceId) === "ar");
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.every((c) => /[\u0600-\u06ff]/.test(c.quote))).toBe(true);
  });
});

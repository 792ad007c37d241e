import { describe, expect, it } from "vitest";
import { siteTitle, yearSpan } from "./site-text";

describe("siteTitle", () => {
  it("adds the transliteration when it differs from the name", () => {
    const names = [
      { value: "Palmyra", kind: "CANONICAL" },
      { value: "Tadmur", kind: "TRANSLITERATION" },
      { value: "تدمر", kind: "VARIANT" },
    ];
    expect(siteTitle({ name: "Palmyra", country: "Syria", names })).toBe("Palmyra (Tadmur), Syria");
  });
  it("names only the site and country when there is no other transliteration", () => {
    expect(siteTitle({ name: "Nimrud", country: "Iraq", names: [{ value: "Nimrud", kind: "TRANSLITERATION" }] })).toBe("Nimrud, Iraq");
  });
});

describe("yearSpan", () => {
  it("spans the earliest and latest dated ends, open ends ignored", () => {
    expect(yearSpan([{ dateEarliest: new Date("2015-05-20"), dateLatest: null }, { dateEarliest: null, dateLatest: "2017-03-02" }])).toBe("2015–2017");
  });
  it("one year once, none when nothing is dated", () => {
    expect(yearSpan([{ dateEarliest: "2016-01-01", dateLatest: "2016-12-31" }])).toBe("2016");
    expect(yearSpan([{ dateEarliest: null, dateLatest: null }])).toBeNull();
    expect(yearSpan([])).toBeNull();
  });
  it("reads 200,000 dated claims without overflowing the stack", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ dateEarliest: new Date(Date.UTC(2000 + (i % 20), 0, 1)), dateLatest: null }));
    expect(yearSpan(many)).toBe("2000–2019");
  });
});

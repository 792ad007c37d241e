import { describe, it, expect } from "vitest";
import {
  compareIntervals,
  formatInterval,
  intervalMidpoint,
  isKnownBy,
  overlaps,
  parseIsoDay,
  toEdtf,
  toIsoDay,
  validateInterval,
  type DateInterval,
} from "./dates";

const day = (d: string): DateInterval => ({ earliest: d, latest: d, precision: "EXACT_DAY" });
const win = (earliest: string | null, latest: string | null): DateInterval => ({ earliest, latest, precision: "WINDOW" });
const belWindow = win("2015-05-01", "2017-03-02");

describe("parseIsoDay / toIsoDay", () => {
  it("parses a strict ISO day to UTC midnight", () => {
    expect(parseIsoDay("2015-08-30")?.toISOString()).toBe("2015-08-30T00:00:00.000Z");
    expect(parseIsoDay("2016-02-29")?.toISOString()).toBe("2016-02-29T00:00:00.000Z");
  });
  it("rejects impossible or loose dates", () => {
    for (const s of ["2015-02-30", "2015-02-29", "2015-13-01", "2015-8-30", "30/08/2015", "2015-08-30T00:00:00Z", " 2015-08-30", ""]) {
      expect(parseIsoDay(s), s).toBeNull();
    }
  });
  it("keeps years below 100 literal", () => {
    expect(parseIsoDay("0032-04-06")?.getUTCFullYear()).toBe(32);
  });
  it("normalises Dates and JSON timestamps in UTC", () => {
    expect(toIsoDay(new Date(Date.UTC(2015, 7, 30)))).toBe("2015-08-30");
    expect(toIsoDay("2015-08-30T00:00:00.000Z")).toBe("2015-08-30");
    expect(() => toIsoDay("2015-02-30")).toThrow(RangeError);
    expect(() => toIsoDay(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("toEdtf", () => {
  it("renders each precision", () => {
    expect(toEdtf(day("2015-08-30"))).toBe("2015-08-30");
    expect(toEdtf({ earliest: "2016-03-27", latest: "2016-03-27", precision: "REPORTED_DAY" })).toBe("2016-03-27?");
    expect(toEdtf({ earliest: "2015-05-01", latest: "2015-05-31", precision: "MONTH" })).toBe("2015-05");
    expect(toEdtf({ earliest: "2015-01-01", latest: "2015-12-31", precision: "YEAR" })).toBe("2015");
    expect(toEdtf(win("2015-05-01", "2016-03-27"))).toBe("2015-05-01/2016-03-27");
  });
  it("uses .. for open ends and XXXX for nothing known", () => {
    expect(toEdtf(win(null, "2016-03-27"))).toBe("../2016-03-27");
    expect(toEdtf(win("2015-05-01", null))).toBe("2015-05-01/..");
    expect(toEdtf({ earliest: null, latest: null, precision: "UNKNOWN" })).toBe("XXXX");
    expect(toEdtf(win(null, null))).toBe("XXXX");
  });
  it("falls back to the interval when the precision would overstate", () => {
    expect(toEdtf({ earliest: "2015-05-01", latest: "2015-07-31", precision: "MONTH" })).toBe("2015-05-01/2015-07-31");
    expect(toEdtf({ earliest: "2015-12-01", latest: "2016-01-31", precision: "YEAR" })).toBe("2015-12-01/2016-01-31");
    expect(toEdtf({ earliest: "2015-08-23", latest: "2015-08-30", precision: "EXACT_DAY" })).toBe("2015-08-23/2015-08-30");
  });
  it("accepts Date objects", () => {
    expect(toEdtf({ earliest: new Date("2015-08-30"), latest: new Date("2015-08-30"), precision: "EXACT_DAY" })).toBe("2015-08-30");
  });
});

describe("formatInterval", () => {
  it("renders human text in en-GB", () => {
    expect(formatInterval(day("2015-08-30"))).toBe("30 August 2015");
    expect(formatInterval({ earliest: "2016-03-27", latest: "2016-03-27", precision: "REPORTED_DAY" })).toBe(
      "c. 27 March 2016 (day as reported)",
    );
    expect(formatInterval({ earliest: "2015-05-01", latest: "2015-05-31", precision: "MONTH" })).toBe("May 2015");
    expect(formatInterval({ earliest: "2015-01-01", latest: "2015-12-31", precision: "YEAR" })).toBe("2015");
    expect(formatInterval(win("2015-05-01", "2016-03-27"))).toBe("between 1 May 2015 and 27 March 2016");
    expect(formatInterval(win("2015-05-01", null))).toBe("after 1 May 2015");
    expect(formatInterval(win(null, "2017-03-02"))).toBe("before 2 March 2017");
    expect(formatInterval({ earliest: null, latest: null, precision: "UNKNOWN" })).toBe("date unknown");
  });
  it("formats the dates in the given locale", () => {
    expect(formatInterval({ earliest: "2015-05-01", latest: "2015-05-31", precision: "MONTH" }, "fr")).toBe("mai 2015");
  });
  it("does not shift a day across time zones", () => {
    expect(formatInterval(day("2015-01-01"), "en-US")).toBe("January 1, 2015");
  });
});

describe("intervalMidpoint", () => {
  it("takes the middle day, or the only bound", () => {
    expect(intervalMidpoint(win("2015-05-01", "2015-05-31"))).toBe("2015-05-16");
    expect(intervalMidpoint(win("2015-05-01", "2015-05-02"))).toBe("2015-05-01");
    expect(intervalMidpoint(day("2015-08-30"))).toBe("2015-08-30");
    expect(intervalMidpoint(win(null, "2017-03-02"))).toBe("2017-03-02");
    expect(intervalMidpoint(win(null, null))).toBeNull();
  });
});

describe("compareIntervals", () => {
  it("sorts by earliest then latest, missing bounds last", () => {
    const list = [win(null, null), win(null, "2015-01-01"), win("2015-05-01", "2017-03-02"), day("2015-08-30"), win("2015-05-01", "2015-06-01")];
    const sorted = [...list].sort(compareIntervals).map(toEdtf);
    expect(sorted).toEqual(["2015-05-01/2015-06-01", "2015-05-01/2017-03-02", "2015-08-30", "../2015-01-01", "XXXX"]);
  });
});

describe("overlaps", () => {
  it("is inclusive and treats missing bounds as open", () => {
    expect(overlaps(belWindow, day("2015-08-30"))).toBe(true);
    expect(overlaps(belWindow, day("2017-03-02"))).toBe(true);
    expect(overlaps(belWindow, day("2017-03-03"))).toBe(false);
    expect(overlaps(day("2015-04-30"), belWindow)).toBe(false);
    expect(overlaps(win(null, "2015-05-01"), belWindow)).toBe(true);
    expect(overlaps(win("2017-03-03", null), belWindow)).toBe(false);
    expect(overlaps(win(null, null), day("2015-01-01"))).toBe(true);
  });
});

describe("isKnownBy", () => {
  it("is true once the window has opened", () => {
    expect(isKnownBy(belWindow, "2015-04-30")).toBe(false);
    expect(isKnownBy(belWindow, "2015-05-01")).toBe(true);
    expect(isKnownBy(belWindow, new Date("2016-01-01"))).toBe(true);
  });
  it("uses latest for intervals with no earliest, and is false when undated", () => {
    expect(isKnownBy(win(null, "2017-03-02"), "2017-03-01")).toBe(false);
    expect(isKnownBy(win(null, "2017-03-02"), "2017-03-02")).toBe(true);
    expect(isKnownBy(win(null, null), "2030-01-01")).toBe(false);
  });
});

describe("validateInterval", () => {
  it("accepts consistent intervals", () => {
    expect(validateInterval(day("2015-08-30"))).toEqual([]);
    expect(validateInterval({ earliest: "2015-05-01", latest: "2015-05-31", precision: "MONTH" })).toEqual([]);
    expect(validateInterval({ earliest: new Date("2015-01-01"), latest: new Date("2015-12-31"), precision: "YEAR" })).toEqual([]);
    expect(validateInterval(win("2015-05-01", null))).toEqual([]);
    expect(validateInterval({ earliest: "", latest: "", precision: "UNKNOWN" })).toEqual([]);
  });
  it("rejects invalid dates and reversed bounds", () => {
    expect(validateInterval(win("2015-02-30", "2015-03-01"))).toEqual(["Earliest date must be a valid date (YYYY-MM-DD)."]);
    expect(validateInterval(win("2016-01-01", "2015-01-01"))).toEqual(["Latest date must not be before the earliest date."]);
  });
  it("checks the precision against the bounds", () => {
    expect(validateInterval({ earliest: "2015-08-23", latest: "2015-08-30", precision: "EXACT_DAY" })).toHaveLength(1);
    expect(validateInterval({ earliest: "2016-03-27", latest: null, precision: "REPORTED_DAY" })).toHaveLength(1);
    expect(validateInterval({ earliest: "2015-05-01", latest: "2015-06-30", precision: "MONTH" })[0]).toMatch(/same month/);
    expect(validateInterval({ earliest: "2015-12-01", latest: "2016-01-31", precision: "YEAR" })[0]).toMatch(/same year/);
    expect(validateInterval(win(null, null))[0]).toMatch(/window needs/);
    expect(validateInterval({ earliest: "2015-05-01", latest: null, precision: "UNKNOWN" })[0]).toMatch(/use Window/);
  });
});

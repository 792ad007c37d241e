import { describe, expect, it } from "vitest";
import { checkAsOf, countsOnClock, intersectWindows, readAt, reportedOn, sourcePublishedBy, type Window } from "./time";

const w = (earliest: string | null, latest: string | null): Window => ({ earliest, latest });

describe("intersectWindows: accounts of one occurrence narrow each other", () => {
  it.each([
    ["two windows overlap", [w("2015-05-20", "2017-03-02"), w("2015-08-27", "2015-08-31")], w("2015-08-27", "2015-08-31")],
    ["a day inside a window", [w("2015-08-01", "2015-08-31"), w("2015-08-30", "2015-08-30")], w("2015-08-30", "2015-08-30")],
    ["windows touching on one day", [w("2015-08-01", "2015-08-30"), w("2015-08-30", "2015-09-10")], w("2015-08-30", "2015-08-30")],
    ["an open start ('before X') narrows only the end", [w(null, "2015-09-01"), w("2015-08-20", "2015-09-30")], w("2015-08-20", "2015-09-01")],
    ["an open end ('after X') narrows only the start", [w("2015-08-25", null), w("2015-08-20", "2015-09-30")], w("2015-08-25", "2015-09-30")],
    ["both open on different sides", [w(null, "2015-09-01"), w("2015-08-25", null)], w("2015-08-25", "2015-09-01")],
    ["an undated account narrows nothing", [w(null, null), w("2015-08-27", "2015-08-31")], w("2015-08-27", "2015-08-31")],
    ["only undated accounts", [w(null, null), w(null, null)], w(null, null)],
    ["no accounts", [], w(null, null)],
  ])("%s", (_, windows, expected) => {
    expect(intersectWindows(windows)).toEqual(expected);
  });
  it.each([
    ["disjoint windows", [w("2015-07-01", "2015-07-31"), w("2015-08-23", "2015-08-23")]],
    ["a 'before X' and an 'after Y' with Y > X", [w(null, "2015-07-31"), w("2015-08-01", null)]],
    ["three accounts, the third disjoint from the narrowed pair", [w("2015-08-01", "2015-09-30"), w("2015-08-20", "2015-08-31"), w("2015-09-05", "2015-09-06")]],
  ])("is empty for %s", (_, windows) => {
    expect(intersectWindows(windows)).toBeNull();
  });
});

describe("readAt: event time", () => {
  const blast = w("2015-08-27", "2015-08-31");
  it.each([
    ["before the window opens", "2015-08-26", "not-yet"],
    ["on the window's first day", "2015-08-27", "possibly"],
    ["inside the window", "2015-08-29", "possibly"],
    ["on the window's last day: certain", "2015-08-31", "happened"],
    ["after the window", "2015-09-15", "happened"],
  ] as const)("%s", (_, asOf, expected) => {
    expect(readAt(blast, asOf)).toBe(expected);
  });
  it("without an as-of day, everything has happened", () => {
    expect(readAt(blast)).toBe("happened");
    expect(readAt(w(null, null))).toBe("happened");
  });
  it("an open start is possible until its end, an open end possible from its start on", () => {
    expect(readAt(w(null, "2015-09-01"), "2010-01-01")).toBe("possibly");
    expect(readAt(w(null, "2015-09-01"), "2015-09-01")).toBe("happened");
    expect(readAt(w("2015-09-01", null), "2015-08-31")).toBe("not-yet");
    expect(readAt(w("2015-09-01", null), "2030-01-01")).toBe("possibly");
  });
  it("an undated account says nothing about a particular day", () => {
    expect(readAt(w(null, null), "2016-01-01")).toBe("undated");
  });
});

describe("knowledge time: what had been published by D", () => {
  it("dates a source by its publication window's end, and an account by its first source", () => {
    expect(sourcePublishedBy({ publishedEarliest: "2016-03-01", publishedLatest: "2016-03-27" })).toBe("2016-03-27");
    expect(sourcePublishedBy({ publishedEarliest: "2015-08-31", publishedLatest: "2015-08-31" })).toBe("2015-08-31");
    expect(sourcePublishedBy({ publishedEarliest: null, publishedLatest: null })).toBeNull();
    expect(
      reportedOn([
        { publishedEarliest: "2017-03-02", publishedLatest: "2017-03-02" },
        { publishedEarliest: "2015-08-01", publishedLatest: "2015-08-31" },
        { publishedEarliest: null, publishedLatest: null },
      ]),
    ).toBe("2015-08-31");
    expect(reportedOn([{ publishedEarliest: null, publishedLatest: null }])).toBeNull();
  });
  it("counts an account from its publication day on; an undated one never; event time counts all", () => {
    expect(countsOnClock("2015-08-31", "reported", "2015-08-30")).toBe(false);
    expect(countsOnClock("2015-08-31", "reported", "2015-08-31")).toBe(true);
    expect(countsOnClock(null, "reported", "2030-01-01")).toBe(false);
    expect(countsOnClock(null, "reported")).toBe(true);
    expect(countsOnClock("2017-03-02", "event", "2015-06-01")).toBe(true);
  });
});

describe("checkAsOf", () => {
  const range = { first: "2015-01-01", last: "2026-12-04" };
  it("accepts a calendar day in range", () => {
    expect(checkAsOf("2015-09-15", range)).toEqual({ ok: true, day: "2015-09-15" });
  });
  it.each([
    ["2015-02-30", /calendar date/],
    ["2015-9-1", /calendar date/],
    ["yesterday", /calendar date/],
    ["2015-09-15T00:00:00Z", /calendar date/],
    ["1999-12-31", /outside the period this record covers \(1 January 2015 to 4 December 2026\)/],
    ["2099-01-01", /outside the period/],
  ])("refuses %s with a message", (raw, message) => {
    const r = checkAsOf(raw, range);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });
});

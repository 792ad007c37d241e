import { describe, expect, it } from "vitest";
import { readCitationQuery } from "./api/params";
import { applyEventFilters, citationQueryOf, mostRecentlyReported, parseEventFilters } from "./event-filters";

const e = (name: string, earliest: string | null, latest: string | null, extra: Partial<Parameters<typeof applyEventFilters>[0][number]> = {}) => ({
  monument: { slug: name.toLowerCase(), name },
  method: "EXPLOSIVES" as const,
  actor: { slug: "islamic-state" },
  extent: "DESTROYED" as const,
  confidence: "REPORTED" as const,
  dateEarliest: earliest,
  dateLatest: latest,
  datePrecision: "WINDOW" as const,
  ...extra,
});

describe("parseEventFilters", () => {
  it("reads known values and reports unknown ones", () => {
    const { filters, errors } = parseEventFilters({ method: "EXPLOSIVES", extent: "GONE", from: "2016-02-30", monument: "arch", sort: "date-desc" });
    expect(filters).toEqual({ method: "EXPLOSIVES", monument: "arch", sort: "date-desc" });
    expect(errors).toEqual(["Unknown extent “GONE”: ignored.", "“2016-02-30” is not a date (YYYY-MM-DD): the start of the range is ignored."]);
  });
  it("drops a reversed range with a message and defaults the sort", () => {
    const { filters, errors } = parseEventFilters({ from: "2017-01-01", to: "2016-01-01" });
    expect(filters).toEqual({ sort: "date" });
    expect(errors).toHaveLength(1);
  });
});

describe("applyEventFilters", () => {
  const events = [
    e("Arch", "2015-05-01", "2016-03-27"),
    e("Tetrapylon", "2016-12-01", "2017-03-02", { extent: "SEVERE", actor: null }),
    e("Castle", null, null, { method: "MILITARY_USE", extent: null, confidence: "PROBABLE" }),
  ];
  it("keeps events whose interval may fall in the range, dropping undated ones", () => {
    expect(applyEventFilters(events, { from: "2016-01-01", to: "2016-06-30", sort: "date" }).map((x) => x.monument.name)).toEqual(["Arch"]);
    expect(applyEventFilters(events, { from: "2016-03-01", sort: "date" }).map((x) => x.monument.name)).toEqual(["Arch", "Tetrapylon"]);
  });
  it("filters by fields, actor=none meaning unattributed", () => {
    expect(applyEventFilters(events, { actor: "none", sort: "date" }).map((x) => x.monument.name)).toEqual(["Tetrapylon"]);
    expect(applyEventFilters(events, { method: "MILITARY_USE", sort: "date" }).map((x) => x.monument.name)).toEqual(["Castle"]);
    expect(applyEventFilters(events, { extent: "SEVERE", confidence: "REPORTED", sort: "date" })).toHaveLength(1);
  });
  it("sorts, undated last in both directions", () => {
    expect(applyEventFilters(events, { sort: "date-desc" }).map((x) => x.monument.name)).toEqual(["Tetrapylon", "Arch", "Castle"]);
    expect(applyEventFilters(events, { sort: "extent" }).map((x) => x.monument.name)).toEqual(["Arch", "Tetrapylon", "Castle"]);
    expect(applyEventFilters(events, { sort: "confidence" }).map((x) => x.monument.name)[0]).toBe("Castle");
  });
});

describe("mostRecentlyReported", () => {
  it("orders by the newest citing source, newest first, unsourced last", () => {
    const ev = (id: string, days: (string | null)[]) => ({ id, citations: days.map((d) => ({ source: { publishedEarliest: d } })) });
    const out = mostRecentlyReported([ev("old", ["2015-06-01"]), ev("none", []), ev("new", ["2015-01-01", "2017-03-02"])], 3);
    expect(out.map((e) => e.id)).toEqual(["new", "old", "none"]);
    expect(mostRecentlyReported([ev("a", []), ev("b", [])], 1)).toHaveLength(1);
  });
});

describe("citationQueryOf", () => {
  it("hands the page's filters to the citations API, which reads them back unchanged", () => {
    const { filters } = parseEventFilters({ monument: "monumental-arch", method: "EXPLOSIVES", actor: "none", from: "2015-05-01", to: "2015-12-31", sort: "extent" });
    const parsed = readCitationQuery(new URLSearchParams(citationQueryOf(filters) + "&format=bibtex"));
    expect(parsed.ok && parsed.query).toMatchObject({
      list: "events",
      filter: { monument: ["monumental-arch"], method: ["EXPLOSIVES"], actor: ["none"], extent: [], confidence: [], from: "2015-05-01", to: "2015-12-31" },
    });
  });
  it("cites the whole list when nothing is filtered", () => {
    const parsed = readCitationQuery(new URLSearchParams(citationQueryOf({ sort: "date" }) + "&format=ris"));
    expect(parsed.ok).toBe(true);
    expect(citationQueryOf({ sort: "date" })).toBe("list=events");
  });
});

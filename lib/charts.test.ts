import { describe, expect, it } from "vitest";
import { conditionSteps, controlSpans, countBy, DAY_MS, dayToMs, eventRanges, fitTicks, halfYearTicks, msToDay, summariseClaimGroups, timeDomain } from "./charts";
import { yearSpan } from "./site-text";

const ev = (id: string, e: string | null, l: string | null, precision: "WINDOW" | "EXACT_DAY" = "WINDOW") => ({
  id,
  label: id,
  dateEarliest: e,
  dateLatest: l,
  datePrecision: precision,
  extent: "DESTROYED" as const,
});

describe("eventRanges", () => {
  const domain: [number, number] = [dayToMs("2015-01-01"), dayToMs("2018-01-01")];
  it("draws each event from its earliest to the end of its latest day, in date order", () => {
    const { rows, undated } = eventRanges([ev("b", "2016-12-01", "2017-03-02"), ev("a", "2015-05-01", "2017-03-02")], domain);
    expect(rows.map((r) => r.id)).toEqual(["a", "b"]);
    expect(rows[0]!.range).toEqual([dayToMs("2015-05-01"), dayToMs("2017-03-03")]);
    expect(rows[0]!.when).toBe("between 1 May 2015 and 2 March 2017");
    expect(undated).toEqual([]);
  });
  it("gives a single day a day's width, cuts open bounds at the edge and sets undated aside", () => {
    const { rows, undated } = eventRanges([ev("day", "2016-03-27", "2016-03-27", "EXACT_DAY"), ev("before", null, "2016-01-01"), ev("x", null, null)], domain);
    expect(rows.find((r) => r.id === "day")!.range[1] - rows.find((r) => r.id === "day")!.range[0]).toBe(DAY_MS);
    expect(rows.find((r) => r.id === "before")).toMatchObject({ open: true, range: [domain[0], dayToMs("2016-01-02")] });
    expect(undated.map((u) => u.id)).toEqual(["x"]);
  });
});

describe("timeDomain and ticks", () => {
  it("pads to whole months and ignores missing days", () => {
    expect(timeDomain([null, "2015-05-14", "2017-03-02"])).toEqual([Date.UTC(2015, 4, 1), Date.UTC(2017, 3, 1)]);
    expect(timeDomain([null, undefined])).toBeNull();
  });
  it("ticks on 1 January and 1 July inside the domain", () => {
    expect(halfYearTicks([Date.UTC(2015, 4, 1), Date.UTC(2016, 7, 1)])).toEqual([Date.UTC(2015, 6, 1), Date.UTC(2016, 0, 1), Date.UTC(2016, 6, 1)]);
  });
});

describe("controlSpans", () => {
  it("spans from the earliest start to the latest end, ongoing periods to the domain end", () => {
    const spans = controlSpans(
      [
        { id: "gov", actor: "Government", startEarliest: "2016-03-27", startLatest: "2016-03-27", startPrecision: "EXACT_DAY", endEarliest: null, endLatest: null, endPrecision: null },
        { id: "is", actor: "IS", startEarliest: "2015-05-01", startLatest: "2015-05-31", startPrecision: "MONTH", endEarliest: "2016-03-27", endLatest: "2016-03-27", endPrecision: "REPORTED_DAY" },
      ],
      dayToMs("2018-01-01"),
    );
    expect(spans.map((s) => s.id)).toEqual(["is", "gov"]);
    expect(spans[0]).toMatchObject({ range: [dayToMs("2015-05-01"), dayToMs("2016-03-28")], ongoing: false, when: "from May 2015 until c. 27 March 2016 (day as reported)" });
    expect(spans[1]).toMatchObject({ range: [dayToMs("2016-03-27"), dayToMs("2018-01-01")], ongoing: true });
  });
});

describe("countBy", () => {
  it("counts, largest first, labels each key", () => {
    expect(countBy(["A", "B", "A"], (x) => x, (k) => `label ${k}`)).toEqual([
      { key: "A", label: "label A", count: 2 },
      { key: "B", label: "label B", count: 1 },
    ]);
  });
});

describe("conditionSteps", () => {
  const domain: [number, number] = [dayToMs("2015-01-01"), dayToMs("2018-01-01")];
  it("draws what is certain as steps and an open window as a band, not a step at its first day", () => {
    const pending = [{ extent: "DESTROYED" as const, window: { earliest: "2015-08-27", latest: "2015-08-31" }, claimIds: ["e"] }];
    const { points, uncertain } = conditionSteps(
      [
        { from: "2015-08-27", status: "uncertain", settled: "unknown", pending, basis: ["e"] },
        { from: "2015-08-31", status: "destroyed", basis: ["e"] },
      ],
      domain,
    );
    expect(points).toEqual([
      { t: domain[0], level: 0, status: "unknown" },
      { t: dayToMs("2015-08-27"), level: 0, status: "unknown" },
      { t: dayToMs("2015-08-31"), level: 6, status: "destroyed" },
      { t: domain[1], level: 6, status: "destroyed" },
    ]);
    expect(uncertain).toEqual([{ range: [dayToMs("2015-08-27"), dayToMs("2015-08-31")], status: "destroyed", levels: [0, 6] }]);
  });
  it("finds the domain of more dates than one call can take as arguments", () => {
    const days = Array.from({ length: 200_000 }, (_, i) => msToDay(dayToMs("2015-01-01") + (i % 900) * DAY_MS));
    expect(timeDomain(days)).toEqual([dayToMs("2015-01-01"), dayToMs("2017-07-01")]);
  });
  it("with no steps, is unknown throughout", () => {
    expect(conditionSteps([], domain).points.map((p) => p.status)).toEqual(["unknown", "unknown"]);
  });
});

describe("fitTicks", () => {
  const ticks = [1, 2, 3, 4, 5, 6];
  it("keeps every tick where the labels fit, and thins them on a narrow chart", () => {
    expect(fitTicks(ticks, 600)).toEqual(ticks);
    expect(fitTicks(ticks, 200)).toEqual([1, 3, 5]);
    expect(fitTicks(ticks, 60)).toEqual([1]);
    expect(fitTicks([], 100)).toEqual([]);
  });
});

describe("summariseClaimGroups", () => {
  const groups = [
    { method: "EXPLOSIVES", actorId: "is", count: 3, dateEarliest: new Date("2015-08-23"), dateLatest: new Date("2015-10-04") },
    { method: "EXPLOSIVES", actorId: null, count: 1, dateEarliest: null, dateLatest: null },
    { method: "SHELLING", actorId: "is", count: 2, dateEarliest: "2016-03-01", dateLatest: "2017-01-20" },
  ];

  it("adds the groups up by method and by actor, and the groups span their dates", () => {
    const s = summariseClaimGroups(groups);
    expect(s.total).toBe(6);
    expect(s.byMethod).toEqual([{ key: "EXPLOSIVES", count: 4 }, { key: "SHELLING", count: 2 }]);
    expect(s.byActor).toEqual([{ key: "is", count: 5 }, { key: "none", count: 1 }]);
    expect(yearSpan(groups)).toBe("2015–2017");
  });

  it("gives no dates when no claim is dated, and nothing for no claims", () => {
    const undated = [{ method: "OTHER", actorId: null, count: 2, dateEarliest: null, dateLatest: null }];
    expect(summariseClaimGroups(undated)).toMatchObject({ total: 2 });
    expect(yearSpan(undated)).toBeNull();
    expect(summariseClaimGroups([])).toEqual({ total: 0, byMethod: [], byActor: [] });
  });
});

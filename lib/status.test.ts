import { describe, it, expect } from "vitest";
import { STATUSES, type Status } from "./domain";
import {
  deriveParentStatus,
  deriveStatus,
  extentToStatus,
  STATUS_ORDER,
  statusLabel,
  statusTimeline,
  type StatusClaim,
} from "./status";

let n = 0;
function claim(over: Partial<StatusClaim> = {}): StatusClaim {
  n += 1;
  return {
    id: `c${n}`,
    monumentId: "temple-of-bel",
    sameAsId: null,
    extent: "DESTROYED",
    confidence: "CONFIRMED",
    state: "PUBLISHED",
    dateEarliest: "2015-08-28",
    dateLatest: "2015-08-31",
    datePrecision: "WINDOW",
    archivedAt: null,
    ...over,
  };
}

describe("deriveStatus: which claims count", () => {
  it("is unknown with no claims", () => {
    expect(deriveStatus([])).toEqual({ status: "unknown", confidence: null, basis: [] });
  });
  it("ignores drafts, claims in review, archived, discounted and extent-less claims", () => {
    const ignored = [
      claim({ state: "DRAFT" }),
      claim({ state: "IN_REVIEW" }),
      claim({ archivedAt: new Date("2020-01-01") }),
      claim({ confidence: "DISCOUNTED" }),
      claim({ extent: null }),
    ];
    expect(deriveStatus(ignored).status).toBe("unknown");
    const moderate = claim({ extent: "MODERATE", confidence: "REPORTED" });
    expect(deriveStatus([...ignored, moderate])).toEqual({ status: "moderate", confidence: "REPORTED", basis: [moderate.id] });
  });
});

describe("deriveStatus: worst extent", () => {
  it("takes the worst extent across separate occurrences, with the best confidence among its claims", () => {
    const shelling = claim({ extent: "MODERATE", dateEarliest: "2015-05-20", dateLatest: "2015-05-20" });
    const blastNews = claim({ extent: "DESTROYED", confidence: "REPORTED" });
    const blastSat = claim({ extent: "DESTROYED", confidence: "CONFIRMED", sameAsId: blastNews.id });
    const r = deriveStatus([shelling, blastNews, blastSat]);
    expect(r.status).toBe("destroyed");
    expect(r.confidence).toBe("CONFIRMED");
    expect(r.basis.sort()).toEqual([blastNews.id, blastSat.id].sort());
    expect(r.conflicting).toBeUndefined();
  });
  // ~3 s on an idle machine: room for a loaded one.
  it("reads one occurrence told by more accounts than a call takes arguments", { timeout: 30_000 }, () => {
    const first = claim({ extent: "MODERATE", confidence: "REPORTED" });
    const many = Array.from({ length: 200_000 }, () => claim({ extent: "MODERATE", confidence: "REPORTED", sameAsId: first.id }));
    const r = deriveStatus([first, ...many]);
    expect(r.status).toBe("moderate");
    expect(r.basis).toHaveLength(200_001);
  });
  it("reports 'none' when assessed undamaged", () => {
    expect(deriveStatus([claim({ extent: "NONE", confidence: "PROBABLE" })])).toMatchObject({ status: "none", confidence: "PROBABLE" });
  });
});

describe("deriveStatus: contested", () => {
  it("is contested when equally graded accounts of one occurrence disagree, and reports both", () => {
    const unosat = claim({ extent: "SEVERE" });
    const news = claim({ extent: "DESTROYED", sameAsId: unosat.id });
    const r = deriveStatus([unosat, news]);
    expect(r.status).toBe("contested");
    expect(r.confidence).toBe("CONTESTED");
    expect(r.conflicting).toEqual([
      { extent: "DESTROYED", claimIds: [news.id] },
      { extent: "SEVERE", claimIds: [unosat.id] },
    ]);
    expect(r.basis.sort()).toEqual([unosat.id, news.id].sort());
  });
  it("lets the best-graded accounts decide: a weaker account that says otherwise is a disagreement, not a contest", () => {
    const unosat = claim({ extent: "SEVERE" });
    const news = claim({ extent: "DESTROYED", confidence: "REPORTED", sameAsId: unosat.id });
    expect(deriveStatus([unosat, news])).toMatchObject({ status: "severe", basis: [unosat.id] });
  });
  it("among equally graded accounts, goes with more independent origins; an even split is contested", () => {
    const ap = claim({ extent: "DESTROYED", origins: ["ap"] });
    const xinhua = claim({ extent: "DESTROYED", sameAsId: ap.id, origins: ["xinhua"] });
    const afp = claim({ extent: "SEVERE", sameAsId: ap.id, origins: ["afp"] });
    expect(deriveStatus([ap, xinhua, afp]).status).toBe("destroyed");
    // The same wire carried by two outlets is one origin.
    const apAgain = claim({ extent: "DESTROYED", sameAsId: ap.id, origins: ["ap"] });
    expect(deriveStatus([ap, apAgain, afp]).status).toBe("contested");
  });
  it("never reads a vague extent as contradicting a precise one", () => {
    const damaged = claim({ extent: "DAMAGED" });
    const destroyed = claim({ extent: "DESTROYED", confidence: "REPORTED", sameAsId: damaged.id });
    const possible = claim({ extent: "POSSIBLE", sameAsId: damaged.id });
    expect(deriveStatus([damaged, destroyed, possible]).status).toBe("destroyed");
    const intact = claim({ extent: "NONE", sameAsId: damaged.id });
    expect(deriveStatus([damaged, intact]).status).toBe("contested");
  });
  it("groups by the root of a sameAs chain, even through a claim that does not count", () => {
    const root = claim({ state: "DRAFT", extent: "SEVERE" });
    const a = claim({ extent: "SEVERE", sameAsId: root.id });
    const b = claim({ extent: "MODERATE", sameAsId: a.id });
    expect(deriveStatus([root, a, b]).status).toBe("contested");
    const orphanA = claim({ extent: "SEVERE", sameAsId: "not-loaded" });
    const orphanB = claim({ extent: "MODERATE", sameAsId: "not-loaded" });
    expect(deriveStatus([orphanA, orphanB]).status).toBe("contested");
  });
  it("survives a sameAs cycle", () => {
    const a = claim({ id: "x", sameAsId: "y", extent: "SEVERE" });
    const b = claim({ id: "y", sameAsId: "x", extent: "SEVERE" });
    expect(deriveStatus([a, b]).status).toBe("severe");
  });
  it("does not treat separate occurrences with different extents as a contest", () => {
    expect(deriveStatus([claim({ extent: "SEVERE" }), claim({ extent: "MODERATE" })]).status).toBe("severe");
  });
  it("is contested by a CONTESTED claim worse than every undisputed one, reporting both sides", () => {
    const sat = claim({ extent: "SEVERE" });
    const disputed = claim({ extent: "DESTROYED", confidence: "CONTESTED" });
    const r = deriveStatus([sat, disputed]);
    expect(r.status).toBe("contested");
    expect(r.conflicting).toEqual([
      { extent: "DESTROYED", claimIds: [disputed.id] },
      { extent: "SEVERE", claimIds: [sat.id] },
    ]);
  });
  it("a lone CONTESTED claim makes the status contested", () => {
    expect(deriveStatus([claim({ confidence: "CONTESTED", extent: "MODERATE" })]).status).toBe("contested");
  });
  it("ignores a dispute that cannot change the outcome (rule documented in deriveStatus)", () => {
    const destroyed = claim({ extent: "DESTROYED" });
    const a = claim({ extent: "SEVERE", dateEarliest: "2016-03-01", dateLatest: "2016-03-27" });
    const b = claim({ extent: "MODERATE", sameAsId: a.id, dateEarliest: "2016-03-01", dateLatest: "2016-03-27" });
    const c = claim({ extent: "MODERATE", confidence: "CONTESTED" });
    const r = deriveStatus([destroyed, a, b, c]);
    expect(r).toEqual({ status: "destroyed", confidence: "CONFIRMED", basis: [destroyed.id] });
  });
  it("is resolved once the weaker claim is DISCOUNTED", () => {
    const unosat = claim({ extent: "SEVERE" });
    const news = claim({ extent: "DESTROYED", confidence: "DISCOUNTED", sameAsId: unosat.id });
    expect(deriveStatus([unosat, news]).status).toBe("severe");
  });
});

describe("deriveStatus: as of a date", () => {
  // Temple of Bel: destroyed somewhere between two observations.
  const bel = claim({ dateEarliest: "2015-05-01", dateLatest: "2017-03-02" });

  it("is unknown before the destruction window opened", () => {
    expect(deriveStatus([bel], { asOf: "2015-04-30" }).status).toBe("unknown");
  });
  it("is only possibly destroyed while the window is open, and destroyed from its last day", () => {
    expect(deriveStatus([bel], { asOf: "2015-05-01" }).status).toBe("uncertain");
    expect(deriveStatus([bel], { asOf: new Date("2016-01-01") }).status).toBe("uncertain");
    expect(deriveStatus([bel], { asOf: "2017-03-02" }).status).toBe("destroyed");
  });
  it("counts undated claims only without asOf", () => {
    const undated = claim({ dateEarliest: null, dateLatest: null, datePrecision: "UNKNOWN", extent: "SEVERE" });
    expect(deriveStatus([undated]).status).toBe("severe");
    expect(deriveStatus([undated], { asOf: "2030-01-01" }).status).toBe("unknown");
  });
  it("a contest appears only once a disputed account counts", () => {
    const early = claim({ extent: "SEVERE", dateEarliest: "2015-08-30", dateLatest: "2015-08-30" });
    const late = claim({ extent: "DESTROYED", sameAsId: early.id, dateEarliest: "2015-09-01", dateLatest: "2015-09-01" });
    expect(deriveStatus([early, late], { asOf: "2015-08-29" }).status).toBe("unknown");
    // They disagree on the day, so on the 31st one says it had happened and the other not yet.
    expect(deriveStatus([early, late], { asOf: "2015-08-31" }).status).toBe("contested");
    expect(deriveStatus([early, late], { asOf: "2015-09-01" }).status).toBe("contested");
  });
});

describe("deriveParentStatus", () => {
  const comp = (slug: string, status: Status) => ({ slug, name: slug, status });

  it("caps a destroyed component at severe for the parent", () => {
    const r = deriveParentStatus([], [comp("theatre-facade", "destroyed"), comp("theatre-cavea", "none")]);
    expect(r.status).toBe("severe");
    expect(r.partDestroyed).toBe(true);
    expect(r.componentBasis).toEqual(["theatre-facade"]);
    expect(r.confidence).toBeNull();
    expect(r.componentSummary).toMatchObject({ destroyed: 1, none: 1, severe: 0, unknown: 0 });
  });
  it("is destroyed only when its own claims say so", () => {
    const own = claim({ monumentId: "tetrapylon" });
    const r = deriveParentStatus([own], [comp("column-1", "destroyed")]);
    expect(r).toMatchObject({ status: "destroyed", basis: [own.id], confidence: "CONFIRMED", partDestroyed: false });
  });
  it("takes the worst of own claims and capped components", () => {
    const own = claim({ extent: "MODERATE" });
    expect(deriveParentStatus([own], [comp("a", "severe")]).status).toBe("severe");
    expect(deriveParentStatus([own], [comp("a", "possible")])).toMatchObject({ status: "moderate", basis: [own.id] });
  });
  it("counts a contested component as possible and ignores unknown ones", () => {
    expect(deriveParentStatus([], [comp("a", "contested"), comp("b", "unknown")]).status).toBe("possible");
    expect(deriveParentStatus([], [comp("b", "unknown")]).status).toBe("unknown");
    expect(deriveParentStatus([], []).componentSummary).toEqual(Object.fromEntries(STATUSES.map((s) => [s, 0])));
  });
  it("stays contested when its own claims are contested", () => {
    const a = claim({ extent: "SEVERE" });
    const b = claim({ extent: "DESTROYED", sameAsId: a.id });
    const r = deriveParentStatus([a, b], [comp("x", "destroyed")]);
    expect(r.status).toBe("contested");
    expect(r.conflicting).toHaveLength(2);
  });
});

describe("statusTimeline", () => {
  it("bands each open window and steps to the certain status on the window's last day", () => {
    const shelled = claim({ extent: "MODERATE", dateEarliest: "2015-05-20", dateLatest: "2015-05-20", datePrecision: "EXACT_DAY" });
    const blown = claim({ extent: "DESTROYED", dateEarliest: "2015-08-28", dateLatest: "2015-08-31" });
    const laterSameStatus = claim({ extent: "SEVERE", dateEarliest: "2016-03-27", dateLatest: "2016-03-27" });
    const draft = claim({ state: "DRAFT", extent: "NONE", dateEarliest: "2014-01-01", dateLatest: "2014-01-01" });
    expect(statusTimeline([laterSameStatus, blown, shelled, draft])).toEqual([
      { from: "2015-05-20", status: "moderate", basis: [shelled.id] },
      {
        from: "2015-08-28",
        status: "uncertain",
        settled: "moderate",
        pending: [{ extent: "DESTROYED", window: { earliest: "2015-08-28", latest: "2015-08-31" }, claimIds: [blown.id] }],
        basis: [blown.id],
      },
      { from: "2015-08-31", status: "destroyed", basis: [blown.id] },
    ]);
  });
  it("narrows an occurrence to the intersection of its accounts' windows", () => {
    const vague = claim({ dateEarliest: "2015-05-01", dateLatest: "2017-03-02" });
    const precise = claim({ sameAsId: vague.id, dateEarliest: "2015-08-30", dateLatest: "2015-08-30", datePrecision: "REPORTED_DAY" });
    expect(statusTimeline([vague, precise]).map((s) => [s.from, s.status])).toEqual([["2015-08-30", "destroyed"]]);
  });
  it("shows a contest as its own step and leaves undated claims out", () => {
    const a = claim({ extent: "SEVERE", dateEarliest: "2015-08-30", dateLatest: "2015-08-30" });
    const b = claim({ extent: "DESTROYED", sameAsId: a.id, dateEarliest: "2015-08-28", dateLatest: "2015-09-05" });
    const undated = claim({ dateEarliest: null, dateLatest: null, datePrecision: "UNKNOWN" });
    expect(statusTimeline([a, b, undated]).map((s) => [s.from, s.status])).toEqual([["2015-08-30", "contested"]]);
  });
  it("is certain of a 'before X' claim only from X", () => {
    const before = claim({ dateEarliest: null, dateLatest: "2017-03-02" });
    expect(statusTimeline([before])).toEqual([{ from: "2017-03-02", status: "destroyed", basis: [before.id] }]);
  });
  it("on knowledge time, steps when the account was published", () => {
    const blast = claim({ dateEarliest: "2015-08-30", dateLatest: "2015-08-30", reportedOn: "2015-08-31" });
    expect(statusTimeline([blast], "reported").map((s) => [s.from, s.status])).toEqual([["2015-08-31", "destroyed"]]);
  });
});

describe("deriveStatus: two clocks", () => {
  // The Temple of Bel: a 2017 retrospective ("after IS captured the city in May 2015") and a
  // report of the blast on 30 August 2015, published the next day.
  const retrospective = claim({ dateEarliest: "2015-05-20", dateLatest: "2017-03-02", reportedOn: "2017-03-02" });
  const nearTheTime = claim({ sameAsId: retrospective.id, dateEarliest: "2015-08-27", dateLatest: "2015-08-31", reportedOn: "2015-08-31" });
  const bel = [retrospective, nearTheTime];

  it("event time: not destroyed before the window, possibly inside it, destroyed from its last day", () => {
    expect(deriveStatus(bel, { asOf: "2015-05-10" }).status).toBe("unknown");
    expect(deriveStatus(bel, { asOf: "2015-08-25" }).status).toBe("unknown");
    const inside = deriveStatus(bel, { asOf: "2015-08-28" });
    expect(inside.status).toBe("uncertain");
    expect(inside.settled).toBe("unknown");
    expect(inside.pending).toEqual([{ extent: "DESTROYED", window: { earliest: "2015-08-27", latest: "2015-08-31" }, claimIds: [nearTheTime.id, retrospective.id] }]);
    expect(deriveStatus(bel, { asOf: "2015-09-15" }).status).toBe("destroyed");
  });
  it("a lone vague account is only ever 'possibly' inside its window", () => {
    expect(deriveStatus([retrospective], { asOf: "2016-06-01" }).status).toBe("uncertain");
    expect(deriveStatus([retrospective], { asOf: "2017-03-02" }).status).toBe("destroyed");
  });
  it("uncertainty never hides worse damage that is certain", () => {
    const earlier = claim({ extent: "SEVERE", dateEarliest: "2015-06-01", dateLatest: "2015-06-01" });
    expect(deriveStatus([earlier, ...bel], { asOf: "2015-08-28" })).toMatchObject({ status: "uncertain", settled: "severe" });
    const worse = claim({ extent: "DESTROYED", dateEarliest: "2015-06-01", dateLatest: "2015-06-01" });
    expect(deriveStatus([worse, ...bel], { asOf: "2015-08-28" }).status).toBe("destroyed");
  });
  it("knowledge time: only what had been published by D counts", () => {
    expect(deriveStatus(bel, { asOf: "2015-08-30", clock: "reported" }).status).toBe("unknown");
    expect(deriveStatus(bel, { asOf: "2015-08-31", clock: "reported" }).status).toBe("destroyed");
    expect(deriveStatus([retrospective], { asOf: "2016-06-01", clock: "reported" }).status).toBe("unknown");
    expect(deriveStatus([claim({ reportedOn: null })], { asOf: "2030-01-01", clock: "reported" }).status).toBe("unknown");
  });
  it("a weaker account whose window shares no day with the better ones does not move the date", () => {
    const satellite = claim({ dateEarliest: "2015-08-27", dateLatest: "2015-08-31" });
    const misdated = claim({ sameAsId: satellite.id, confidence: "CONTESTED", dateEarliest: "2015-05-22", dateLatest: "2015-08-25" });
    expect(deriveStatus([satellite, misdated], { asOf: "2015-08-26" }).status).toBe("unknown");
    expect(deriveStatus([satellite, misdated], { asOf: "2015-09-15" }).status).toBe("destroyed");
  });
  it("accounts that share no day are contested while they disagree whether it had happened", () => {
    // One source: "about a month ago" (July); the antiquities chief: "on Sunday", 23 August.
    const july = claim({ dateEarliest: "2015-07-01", dateLatest: "2015-07-31" });
    const august = claim({ sameAsId: july.id, dateEarliest: "2015-08-23", dateLatest: "2015-08-23" });
    expect(deriveStatus([july, august], { asOf: "2015-06-15" }).status).toBe("unknown");
    expect(deriveStatus([july, august], { asOf: "2015-08-01" })).toMatchObject({ status: "contested", basis: [july.id] });
    expect(deriveStatus([july, august], { asOf: "2015-08-23" }).status).toBe("destroyed");
    expect(deriveStatus([july, august]).status).toBe("destroyed");
  });
});

describe("labels and order", () => {
  it("labels every status", () => {
    expect(STATUS_ORDER.map(statusLabel)).toEqual([
      "Destroyed",
      "Severe damage",
      "Moderate damage",
      "Damaged (degree not stated)",
      "Possible damage",
      "No visible damage",
      "Contested",
      "Uncertain: may have changed",
      "Unknown",
    ]);
  });
  it("maps extents to statuses", () => {
    expect(extentToStatus("DESTROYED")).toBe("destroyed");
    expect(extentToStatus("NONE")).toBe("none");
  });
});

import { describe, expect, it } from "vitest";
import { decisiveQuote, disputedClaimIds, findDisagreements, type Account } from "./disagreements";

let n = 0;
const account = (over: Partial<Account> = {}): Account => ({
  id: `a${++n}`,
  sameAsId: null,
  dateEarliest: "2017-01-01",
  dateLatest: "2017-01-20",
  extent: "DESTROYED",
  method: "UNKNOWN",
  actorId: "islamic-state",
  figureLabel: null,
  figureValue: null,
  ...over,
});

describe("findDisagreements", () => {
  it("finds none among agreeing accounts, or accounts of different occurrences", () => {
    const a = account();
    const b = account({ sameAsId: a.id, dateEarliest: "2016-12-26", dateLatest: "2017-01-10", method: "EXPLOSIVES" });
    const other = account({ extent: "SEVERE", dateEarliest: "2015-01-01", dateLatest: "2015-01-02" });
    expect(findDisagreements([a, b, other])).toEqual([]);
  });
  it("names each kind with the accounts on each side", () => {
    const root = account({ figureLabel: "columns still standing", figureValue: 2, method: "EXPLOSIVES" });
    const other = account({ sameAsId: root.id, dateEarliest: "2017-02-01", dateLatest: "2017-02-02", extent: "SEVERE", method: "DEMOLITION", actorId: "someone-else", figureLabel: "Columns still standing ", figureValue: 4 });
    expect(findDisagreements([root, other])).toEqual([
      { occurrence: root.id, kind: "date", sides: [{ value: "2017-01-01/2017-01-20", claimIds: [root.id] }, { value: "2017-02-01/2017-02-02", claimIds: [other.id] }] },
      { occurrence: root.id, kind: "extent", sides: [{ value: "DESTROYED", claimIds: [root.id] }, { value: "SEVERE", claimIds: [other.id] }] },
      { occurrence: root.id, kind: "method", sides: [{ value: "EXPLOSIVES", claimIds: [root.id] }, { value: "DEMOLITION", claimIds: [other.id] }] },
      { occurrence: root.id, kind: "actor", sides: [{ value: "islamic-state", claimIds: [root.id] }, { value: "someone-else", claimIds: [other.id] }] },
      { occurrence: root.id, kind: "figure", sides: [{ value: "2", claimIds: [root.id] }, { value: "4", claimIds: [other.id] }] },
    ]);
  });
  it("does not count what an account leaves unstated: unknown method, no actor, undated, no figure, no degree", () => {
    const a = account({ method: "EXPLOSIVES", figureLabel: "columns still standing", figureValue: 2 });
    const b = account({ sameAsId: a.id, method: "UNKNOWN", actorId: null, dateEarliest: null, dateLatest: null, extent: "DAMAGED" });
    expect(findDisagreements([a, b])).toEqual([]);
  });
  it("follows sameAs chains to one occurrence and lists every disputed account", () => {
    const a = account({ dateEarliest: "2015-07-01", dateLatest: "2015-07-31" });
    const b = account({ sameAsId: a.id, dateEarliest: "2015-08-23", dateLatest: "2015-08-23" });
    const c = account({ sameAsId: b.id, dateEarliest: "2015-08-23", dateLatest: "2015-08-24" });
    const found = findDisagreements([a, b, c]);
    expect(found.map((d) => d.kind)).toEqual(["date"]);
    expect(found[0]!.occurrence).toBe(a.id);
    expect([...disputedClaimIds(found)].sort()).toEqual([a.id, b.id, c.id].sort());
  });
});

describe("decisiveQuote", () => {
  const quotes = [
    "The militants blew up the arch, activists said.",
    "Only two of the 16 columns are still standing, the satellite image taken on Monday shows.",
    "Islamic State fighters destroyed it in October 2015.",
  ];
  const account = { dateText: "in October 2015", figureValue: 2, actorName: "Islamic State" };
  it("picks the passage that states the disputed value", () => {
    expect(decisiveQuote("date", account, quotes)).toBe(2);
    expect(decisiveQuote("actor", account, quotes)).toBe(2);
    expect(decisiveQuote("figure", { ...account, figureValue: 16 }, quotes)).toBe(1);
  });
  it("a figure's digits, not a longer number or a date that contains them", () => {
    expect(decisiveQuote("figure", { ...account, figureValue: 2 }, quotes)).toBe(0);
    expect(decisiveQuote("figure", { ...account, figureValue: 2 }, ["In 2015 it stood.", "Now 2 remain."])).toBe(1);
  });
  it("the first passage when none states it, or for extent and method", () => {
    expect(decisiveQuote("date", { ...account, dateText: null }, quotes)).toBe(0);
    expect(decisiveQuote("extent", account, quotes)).toBe(0);
    expect(decisiveQuote("method", account, quotes)).toBe(0);
  });
});

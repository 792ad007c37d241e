import { describe, expect, it } from "vitest";
import { matchOccurrences, type ExistingAccount } from "./match";

const account = (id: string, over: Partial<ExistingAccount>): ExistingAccount => ({
  id, sameAsId: null, monumentId: "bel", dateEarliest: "2015-08-30", dateLatest: "2015-08-30", extent: "DESTROYED", method: "EXPLOSIVES",
  actorId: "is", figureLabel: null, figureValue: null, description: id, ...over,
});
const EXISTING = [
  account("bel-1", {}),
  account("bel-2", { sameAsId: "bel-1", dateEarliest: "2015-08-27", dateLatest: "2015-08-31" }),
  account("bel-use", { extent: null, method: "MILITARY_USE", dateEarliest: "2015-06-01", dateLatest: "2016-03-27" }),
  account("bel-2017", { dateEarliest: "2017-01-01", dateLatest: "2017-01-31", extent: "DAMAGED" }),
  account("tetra", { monumentId: "tetrapylon" }),
];
const proposal = { monumentId: "bel", dateEarliest: "2015-08-23", dateLatest: "2015-09-01", extent: "DESTROYED" as const, method: "UNKNOWN" as const, actorId: "is", figureLabel: null, figureValue: null };

describe("matchOccurrences", () => {
  it("offers the occurrence of the same monument whose window overlaps and whose extent fits, rooted at its first account", () => {
    const [best, ...rest] = matchOccurrences(proposal, EXISTING);
    expect(best).toMatchObject({ rootId: "bel-1", accountIds: ["bel-1", "bel-2"], window: { earliest: "2015-08-30", latest: "2015-08-30" }, disagreements: [] });
    expect(rest).toEqual([]);
  });

  it("flags what the new account disagrees on before it is saved", () => {
    const [best] = matchOccurrences({ ...proposal, extent: "SEVERE", dateEarliest: "2015-08-01", dateLatest: "2015-08-28" }, EXISTING);
    expect(best!.rootId).toBe("bel-1");
    expect(best!.disagreements.map((d) => d.kind)).toEqual(["date", "extent"]);
  });

  it("use matches use; a disjoint window matches nothing", () => {
    expect(matchOccurrences({ ...proposal, extent: null, method: "MILITARY_USE" }, EXISTING).map((c) => c.rootId)).toEqual(["bel-use"]);
    expect(matchOccurrences({ ...proposal, dateEarliest: "2018-01-01", dateLatest: "2018-02-01" }, EXISTING)).toEqual([]);
  });

  it("an occurrence whose accounts disagree on the date still matches, through the account closest to the new one", () => {
    const arch = [
      account("arch-1", { monumentId: "arch", dateEarliest: "2015-10-04", dateLatest: "2015-10-04" }),
      account("arch-2", { monumentId: "arch", sameAsId: "arch-1", dateEarliest: "2015-08-01", dateLatest: "2015-08-31", method: "UNKNOWN" }),
      account("arch-3", { monumentId: "arch", sameAsId: "arch-1", dateEarliest: "2015-10-04", dateLatest: "2015-10-04" }),
      account("arch-bulldozed", { monumentId: "arch", dateEarliest: "2015-10-05", dateLatest: "2015-10-05", method: "BULLDOZING" }),
    ];
    const open = { ...proposal, monumentId: "arch", dateEarliest: "2015-05-01", dateLatest: "2016-03-27" };
    expect(matchOccurrences(open, arch).map((c) => c.rootId)).toEqual(["arch-1", "arch-bulldozed"]);
    expect(matchOccurrences({ ...open, method: "BULLDOZING" }, arch)[0]!.rootId).toBe("arch-bulldozed");
  });
});

import { describe, expect, it } from "vitest";
import { matchesText, searchEvents, searchMonuments } from "./search";

const site = ["Palmyra", "Tadmur", "تدمر"];
const monuments = [
  { id: "bel", names: ["Temple of Bel", "معبد بل"], siteNames: site },
  { id: "arch", names: ["Monumental Arch", "triumphal arch"], siteNames: site },
  { id: "theatre", names: ["Roman Theatre", "amphitheatre"], siteNames: site },
  { id: "castle", names: ["Palmyra Castle", "قلعة تدمر"], siteNames: site },
];

describe("searchMonuments", () => {
  it("finds monuments by any name, in any script", () => {
    expect(searchMonuments("معبد بل", monuments)).toEqual(["bel"]);
    expect(searchMonuments("Triumphal Arch", monuments)).toEqual(["arch"]);
    expect(searchMonuments("amphitheater", monuments)).toEqual(["theatre"]);
  });
  it("a site name finds every monument of the site, own-name matches first", () => {
    expect(searchMonuments("Tadmur", monuments)).toEqual(["bel", "arch", "theatre", "castle"]);
    expect(searchMonuments("palmyra castle", monuments)[0]).toBe("castle");
  });
  it("finds nothing for nonsense or blank", () => {
    expect(searchMonuments("Colosseum", monuments)).toEqual([]);
    expect(searchMonuments("  ", monuments)).toEqual([]);
  });
});

describe("matchesText", () => {
  it("needs every query word to start a word of the text", () => {
    expect(matchesText("explosives rubble", ["packed them with explosives and reduced them to piles of rubble"])).toBe(true);
    expect(matchesText("explo", ["Explosives"])).toBe(true);
    expect(matchesText("plosives", ["Explosives"])).toBe(false);
    expect(matchesText("", ["anything"])).toBe(false);
  });
});

describe("searchEvents", () => {
  const shared = "the temple of Bel and most of the tower tombs are gone now, as is the monumental arch";
  const events = [
    { id: "bel-1", monumentId: "bel", own: ["Temple of Bel", "Blown up with explosives"], quotes: [shared] },
    { id: "arch-1", monumentId: "arch", own: ["Monumental Arch", "Blown up"], quotes: ["IS blew up the arch"] },
    { id: "tombs-1", monumentId: "tombs", own: ["Tower Tombs", "Destroyed"], quotes: [shared] },
  ];
  it("matches an event through its own fields, not through another monument named in a shared quote", () => {
    expect(searchEvents("arch", events, ["arch"])).toEqual(["arch-1"]);
  });
  it("still finds events by words of their quotes when the query names no other monument", () => {
    expect(searchEvents("gone", events, [])).toEqual(["bel-1", "tombs-1"]);
  });
  it("ranks the events of a monument the query names first", () => {
    expect(searchEvents("blown", events, ["arch"])).toEqual(["arch-1", "bel-1"]);
  });
});

import { describe, expect, it } from "vitest";
import { matchesText, searchMonuments } from "./search";

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

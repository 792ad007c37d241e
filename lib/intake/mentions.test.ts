import { describe, expect, it } from "vitest";
import { findMentions, nameForms } from "./mentions";
import { toArticleText } from "./text";

const MONUMENTS = [
  { id: "bel", name: "Temple of Bel", names: ["Temple of Bel", "Temple of Baal", "معبد بل"] },
  { id: "baalshamin", name: "Temple of Baalshamin", names: ["Baal Shamin temple", "معبد بعل شمين"] },
  { id: "theatre", name: "Roman Theatre", names: ["Roman Theater", "Roman-era theatre", "amphitheatre", "المسرح الروماني"] },
  { id: "facade", name: "Roman Theatre facade", names: ["facade of Palmyra's Roman Theater"] },
  { id: "arch", name: "Monumental Arch", names: ["triumphal arch", "Arch of Triumph"] },
  { id: "museum", name: "Palmyra Museum", names: [] },
];
const find = (...paragraphs: string[]) => findMentions(toArticleText(paragraphs), MONUMENTS).map((m) => [m.monumentId, m.text, m.paragraph]);

describe("findMentions", () => {
  it("finds names in any case, accents, word order and spacing", () => {
    expect(find("The BEL TEMPLE and the Baalshamin temple; the Baal temple.", "the triumphal arch and the amphitheater")).toEqual([
      ["bel", "BEL TEMPLE", 1],
      ["baalshamin", "Baalshamin temple", 1],
      ["bel", "Baal temple", 1],
      ["arch", "triumphal arch", 2],
      ["theatre", "amphitheater", 2],
    ]);
  });

  it("prefers the longest name: the facade over the theatre, Baalshamin over Baal", () => {
    expect(find("IS destroyed the facade of its Roman Theatre and the Temple of Baal Shamin.")).toEqual([
      ["facade", "facade of its Roman Theatre", 1],
      ["baalshamin", "Temple of Baal Shamin", 1],
    ]);
  });

  it("reads Arabic with the article and an attached conjunction", () => {
    expect(find("فجر التنظيم معبد بل والمسرح الروماني")).toEqual([
      ["bel", "معبد بل", 1],
      ["theatre", "والمسرح الروماني", 1],
    ]);
  });

  it("never runs a name across paragraphs, and finds the museum of Palmyra", () => {
    expect(find("in the Roman", "Theatre", "the museum of Palmyra")).toEqual([["museum", "museum of Palmyra", 3]]);
  });

  it("gives a temple named after a god its name alone only for names of 5+ letters", () => {
    expect(nameForms("Temple of Baalshamin")).toContainEqual(["baalshamin"]);
    expect(nameForms("Temple of Bel")).not.toContainEqual(["bel"]);
  });
});

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

  it("reads a conjunction or preposition attached without the article, elided articles and a genitive s", () => {
    const mon = [
      { id: "arch", name: "Monumental Arch", names: ["Arc de triomphe", "Triumphbogen"] },
      { id: "theatre", name: "Roman Theatre", names: ["المسرح الروماني"] },
      { id: "facade", name: "Roman Theatre facade", names: ["واجهة المسرح الروماني"] },
    ];
    const found = (text: string) => findMentions(toArticleText([text]), mon).map((m) => [m.monumentId, m.text]);
    expect(found("Palmyre perd son Arc de triomphe, après l’Arc de triomphe")).toEqual([
      ["arch", "Arc de triomphe"],
      ["arch", "l’Arc de triomphe"],
    ]);
    expect(found("die Sprengung des Triumphbogens")).toEqual([["arch", "Triumphbogens"]]);
    expect(found("بالإضافة لواجهة المسرح الروماني")).toEqual([["facade", "لواجهة المسرح الروماني"]]);
    // A word that is part of no name is left alone: "its" is not "it" + s, "Bels" names nothing.
    expect(found("its Bels")).toEqual([]);
  });

  it("names a part through any name of its whole, with a few words between", () => {
    expect(find("the facade of the second-century Roman Theatre", "the facade of the Roman-era amphitheatre", "the Roman-era theatre facade")).toEqual([
      ["facade", "facade of the second-century Roman Theatre", 1],
      ["facade", "facade of the Roman-era amphitheatre", 2],
      ["facade", "Roman-era theatre facade", 3],
    ]);
    // The part word must govern the name: "of" right after it.
    expect(find("the facade, of course, of the Roman Theatre")).toEqual([["theatre", "Roman Theatre", 1]]);
  });

  it("gives a temple named after a god its name alone only for names of 5+ letters", () => {
    expect(nameForms("Temple of Baalshamin")).toContainEqual(["baalshamin"]);
    expect(nameForms("Temple of Bel")).not.toContainEqual(["bel"]);
  });
});

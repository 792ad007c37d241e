import { describe, expect, it } from "vitest";
import { findMentions } from "./mentions";
import { findReferences } from "./references";
import { toArticleText } from "./text";

const MONUMENTS = [
  { id: "baalshamin", name: "Temple of Baalshamin", names: ["معبد بعل شمين"] },
  { id: "lion", name: "Lion of al-Lat", names: ["Al-Lat statue"] },
  { id: "theatre", name: "Roman Theatre", names: [] },
  { id: "tombs", name: "Tower Tombs", names: [] },
  { id: "elahbel", name: "Tower of Elahbel", names: ["Elhbel"], parent: "tombs" },
  { id: "kithot", name: "Tower of Kitot", names: ["Kithot"], parent: "tombs" },
];
const refs = (...paragraphs: string[]) => {
  const article = toArticleText(paragraphs);
  return findReferences(article, findMentions(article, MONUMENTS), MONUMENTS).map((r) => [r.monumentId, r.text]);
};

describe("findReferences", () => {
  it("reads 'the temple', 'المعبد' and 'this structure' as the monument last named with that noun", () => {
    expect(refs("The Al-Lat statue stood by the museum. The Temple of Baalshamin is older.", "The 15-tonne statue was damaged in 2015.")).toEqual([["lion", "statue"]]);
    expect(refs("يقف معبد بعل شمين شامخا في الصورة.", "يبدو واضحا أن المعبد قد اختفى تماما.")).toEqual([["baalshamin", "المعبد"]]);
    expect(refs("In the Roman Theatre, jihadists wrote on one wall. It was at this second-century structure that executions took place.")).toEqual([["theatre", "structure"]]);
  });

  it("leaves a sentence that names a monument, an unknown kind and a noun without a determiner alone", () => {
    expect(refs("The Temple of Baalshamin was destroyed. The statue of Athena was beheaded. Temples were hit.")).toEqual([]);
  });

  it("refers the parts named right after their whole to where the whole is named", () => {
    expect(refs("IS detonated three ancient tower tombs. The three tombs are the Elhbel and Kithot.")).toEqual([
      ["elahbel", "tower tombs"],
      ["kithot", "tower tombs"],
    ]);
    // Not when the parts' own sentence reports the damage: it is read on its own.
    expect(refs("IS detonated three ancient tower tombs. Elhbel was destroyed.")).toEqual([]);
  });
});

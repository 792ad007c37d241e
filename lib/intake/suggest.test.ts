import { describe, expect, it } from "vitest";
import { findMentions } from "./mentions";
import { suggestClaims } from "./suggest";
import { toArticleText } from "./text";

const MONUMENTS = [
  { id: "bel", name: "Temple of Bel", names: [] },
  { id: "tetrapylon", name: "Tetrapylon", names: [] },
  { id: "facade", name: "Roman Theatre facade", names: [] },
  { id: "theatre", name: "Roman Theatre", names: [] },
];
const ACTORS = [
  { id: "is", name: "Islamic State", aliases: ["IS", "ISIS", "Daesh"], holdStarts: ["2015-05-01", "2016-12-01"] },
  { id: "gov", name: "Syrian government forces", aliases: ["government forces"], holdStarts: ["2016-03-27"] },
];
const suggest = (published: string, ...paragraphs: string[]) => {
  const article = toArticleText(paragraphs);
  return { article, out: suggestClaims(article, findMentions(article, MONUMENTS), { published, language: "en", actors: ACTORS, siteOpenFrom: "2015-05-01" }) };
};

describe("suggestClaims", () => {
  it("one sentence, two monuments: two claims quoting the same passage, each field tied to its words", () => {
    const { article, out } = suggest("2017-01-20", "Islamic State militants have blown up the Tetrapylon and the facade of the Roman Theatre, the antiquities chief said on Friday.");
    expect(out.map((s) => [s.monumentId, s.extent, s.method, s.actorId, s.attribution])).toEqual([
      ["tetrapylon", "DAMAGED", "EXPLOSIVES", "is", "ALLEGED"],
      ["facade", "DAMAGED", "EXPLOSIVES", "is", "ALLEGED"],
    ]);
    expect(out[0]!.quote.quote).toBe(out[1]!.quote.quote);
    const e = out[0]!.evidence;
    expect(article.text.slice(e.method!.start, e.method!.end)).toBe("blown up");
    expect(article.text.slice(e.actor!.start, e.actor!.end)).toBe("Islamic State");
    expect(out[0]!.date).toMatchObject({ earliest: "2015-05-01", latest: "2017-01-20" });
  });

  it("reads degree words, figures, claims of responsibility and 'IS' only as printed", () => {
    const { out } = suggest(
      "2017-01-20",
      "Satellite images show the Tetrapylon largely destroyed: only two of its 16 columns remain standing.",
      "IS claimed it had destroyed the Temple of Bel in propaganda photos. This is not the Roman Theatre.",
    );
    expect(out.map((s) => [s.monumentId, s.extent, s.figure?.value ?? null, s.actorId, s.attribution])).toEqual([
      ["tetrapylon", "SEVERE", 2, "is", "ALLEGED"],
      ["bel", "DESTROYED", null, "is", "CLAIMED"],
    ]);
  });

  it("intact is NONE with no actor; use is no extent; sentences without damage words suggest nothing", () => {
    const { out } = suggest("2016-04-02", "The Temple of Bel dates from AD 32.", "The Roman Theatre was not damaged.", "Daesh used the Roman Theatre for executions.");
    expect(out.map((s) => [s.monumentId, s.extent, s.method, s.actorId])).toEqual([
      ["theatre", "NONE", "UNKNOWN", null],
      ["theatre", null, "MILITARY_USE", "is"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { findMentions } from "./mentions";
import { suggestClaims, type KnownActor } from "./suggest";
import { toArticleText } from "./text";

const MONUMENTS = [
  { id: "bel", name: "Temple of Bel", names: [] },
  { id: "tetrapylon", name: "Tetrapylon", names: [] },
  { id: "facade", name: "Roman Theatre facade", names: [] },
  { id: "theatre", name: "Roman Theatre", names: [] },
];
const ACTORS: KnownActor[] = [
  { id: "is", name: "Islamic State", aliases: ["IS", "ISIS", "Daesh"], kind: "ARMED_GROUP" },
  { id: "gov", name: "Syrian government forces", aliases: ["government forces"], kind: "STATE_FORCES" },
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

  it("the militants, the group: the armed group the article names, even where it names the army more", () => {
    const { out } = suggest(
      "2017-03-03",
      "The Syrian army recaptured the town on Thursday; government forces entered from the west, and government forces now hold it.",
      "Pictures in January showed the group had destroyed the Tetrapylon. IS first took the town in 2015.",
    );
    expect(out.map((s) => [s.monumentId, s.actorId])).toEqual([["tetrapylon", "is"]]);
  });

  it("an undated claim opens where the first hold on the site began, whoever the actor", () => {
    const { out } = suggest("2016-03-28", "The castle was damaged in fighting between government forces and IS, and the Temple of Bel was damaged by government forces.");
    expect(out.map((s) => [s.monumentId, s.actorId, s.date.earliest])).toEqual([["bel", "gov", "2015-05-01"]]);
  });
});

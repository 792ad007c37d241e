import { describe, expect, it } from "vitest";
import { loadPalmyra } from "@/lib/dataset/palmyra";
import { splitAuthor, toCslIssued, toCslItem } from "./csl";

const sources = loadPalmyra().sources.map((f) => f.source);

const bySlug = (prefix: string) => sources.find((s) => s.slug.startsWith(prefix))!;

describe("splitAuthor", () => {
  it("splits given and family names, keeps 'Family, Given' and single names", () => {
    expect(splitAuthor("Weedah Hamzah")).toEqual({ family: "Hamzah", given: "Weedah" });
    expect(splitAuthor("Perry, Tom")).toEqual({ family: "Perry", given: "Tom" });
    expect(splitAuthor("Reuters")).toEqual({ literal: "Reuters" });
  });
});

describe("toCslIssued keeps the real precision", () => {
  it("day, month, year", () => {
    expect(toCslIssued({ earliest: "2017-03-02", latest: "2017-03-02", precision: "EXACT_DAY" })).toEqual({ "date-parts": [[2017, 3, 2]] });
    expect(toCslIssued({ earliest: "2016-03-01", latest: "2016-03-31", precision: "MONTH" })).toEqual({ "date-parts": [[2016, 3]] });
    expect(toCslIssued({ earliest: "2017-01-01", latest: "2017-12-31", precision: "YEAR" })).toEqual({ "date-parts": [[2017]] });
  });
  it("a window is a range; one known bound is a literal; unknown is absent", () => {
    expect(toCslIssued({ earliest: "2016-03-01", latest: "2016-03-27", precision: "WINDOW" })).toEqual({ "date-parts": [[2016, 3, 1], [2016, 3, 27]] });
    expect(toCslIssued({ earliest: null, latest: "2016-03-27", precision: "WINDOW" })).toEqual({ literal: "before 27 March 2016" });
    expect(toCslIssued({ earliest: null, latest: null, precision: "UNKNOWN" })).toBeUndefined();
  });
});

describe("toCslItem", () => {
  it("types a news article as a newspaper article with publisher, authors, URL and a stable key", () => {
    const s = bySlug("albawaba-2017-03-02");
    const item = toCslItem(s);
    expect(item).toMatchObject({
      id: s.slug,
      "citation-key": s.slug,
      type: "article-newspaper",
      "container-title": "Al Bawaba",
      publisher: "Al Bawaba",
      author: [{ family: "Hamzah", given: "Weedah" }, { family: "Hamlo", given: "Khalil" }],
      issued: { "date-parts": [[2017, 3, 2]] },
      URL: s.url,
    });
    expect(item.note).toBeUndefined();
  });
  it("adds the accessed date, the archive copy and (on request) the quoted passages", () => {
    const s = { ...bySlug("actionnews"), archiveUrl: "https://web.archive.org/web/2016/x" };
    const item = toCslItem(s, [{ quote: "Palmyra fell", paragraph: 2 }], true);
    expect(item.accessed).toEqual({ "date-parts": [[2024, 11, 29]] });
    expect(item.issued).toEqual({ "date-parts": [[2016, 12]] });
    expect(item.archive_location).toBe("https://web.archive.org/web/2016/x");
    expect(item.note).toBe("Archived copy: https://web.archive.org/web/2016/x\nQuoted: “Palmyra fell” (¶ 2)");
  });
});

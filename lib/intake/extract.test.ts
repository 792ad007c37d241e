import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFromHtml, extractFromText, findAgency, publisherFromCredit, toIsoDayLoose } from "./extract";

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", name), "utf8");

describe("extractFromHtml", () => {
  it("reads JSON-LD inside @graph before OpenGraph, and strips the site name from the title", () => {
    const x = extractFromHtml(fixture("json-ld.html"));
    expect(x.source).toMatchObject({
      title: "Militants blow up ancient temple in Palmyra",
      publisher: "The Example Post",
      authors: ["Jane Roe", "Sami Haddad"],
      publishedDate: "2015-08-24",
      language: "en-GB",
      agency: "AFP",
      canonicalUrl: "https://www.example-post.test/world/palmyra-temple/?utm_source=rss",
    });
    expect(x.origins).toMatchObject({ title: "JSON-LD", publisher: "JSON-LD", published: "JSON-LD" });
  });

  it("keeps only text: no script, iframe or event handler survives, and nothing is run", () => {
    const x = extractFromHtml(fixture("json-ld.html"));
    expect(x.article.text).toContain("blew up the Baal Shamin temple in Palmyra on Sunday");
    expect(x.article.text).not.toMatch(/__fixture|onerror|onload|<iframe|<script|hijacked/);
    expect(x.article.text).not.toContain("Home");
    expect((globalThis as { __fixture?: number }).__fixture).toBeUndefined();
  });

  it("falls back to OpenGraph, Dublin Core and the page URL", () => {
    const x = extractFromHtml(fixture("opengraph-dc.html"), "https://exemple.test/given");
    expect(x.source).toMatchObject({
      title: "Arc de triomphe de Palmyre détruit",
      publisher: "Le Quotidien Exemple",
      publishedDate: "2015-10-05",
      language: "fr",
      authors: ["Claire Dupont"],
      canonicalUrl: "http://exemple.test/monde/palmyre-arc",
    });
  });

  it("reads citation_* meta and <time>", () => {
    const x = extractFromHtml(fixture("citation-time.html"));
    expect(x.source).toMatchObject({ title: "Damage assessment of the Roman Theatre, Palmyra", publisher: "Heritage Monitoring Example", authors: ["Roe, Jane", "Haddad, Sami"], publishedDate: "2017-02-01" });
    expect(x.article.paragraphs.at(-1)).toMatch(/^Satellite images taken between/);
  });
});

describe("extractFromText", () => {
  it("takes a short first line as the headline, a By line as authors, a Published line as the date", () => {
    const x = extractFromText("Palmyra arch destroyed\n\nBy Jane Roe and Sami Haddad\n\nPublished March 2nd, 2017 - 08:00 GMT\n\nThe arch is gone, officials told Reuters.");
    expect(x.source).toMatchObject({ title: "Palmyra arch destroyed", authors: ["Jane Roe", "Sami Haddad"], publishedDate: "2017-03-02", agency: "Reuters" });
    expect(x.source.publishedText).toBe("Published March 2nd, 2017 - 08:00 GMT");
    expect(x.article.paragraphs).toHaveLength(4);
  });

  it("detects the language of a longer text", () => {
    const x = extractFromText("Les militants de l'État islamique ont détruit dimanche l'arc de triomphe de la cité antique, selon le directeur des antiquités syriennes, qui a qualifié cet acte de crime contre la civilisation.");
    expect(x.source.language).toBe("fr");
  });
});

describe("helpers", () => {
  it("dates: ISO timestamps keep the publisher's day; written dates need day, month and year", () => {
    expect(toIsoDayLoose("2015-08-24T23:30:00-05:00")).toBe("2015-08-24");
    expect(toIsoDayLoose("24 August 2015")).toBe("2015-08-24");
    expect(toIsoDayLoose("August 2015")).toBeNull();
  });
  it("agency: a dateline, a credit, a quote told to it", () => {
    expect(findAgency(["DAMASCUS (Reuters) - text"], null)).toBe("Reuters");
    expect(findAgency(["an official told dpa on Thursday"], null)).toBe("dpa");
    expect(findAgency(["no agency here, as AP might say"], null)).toBeNull();
  });
  it("publisher: the credit line a copied page ends with, not an agency's, not a sentence", () => {
    expect(publisherFromCredit(["Some text.", "© 2015 The Salt Lake Tribune"])).toBe("The Salt Lake Tribune");
    expect(publisherFromCredit(["Some text.", "Copyright 2015 USA TODAY. All rights reserved."])).toBe("USA TODAY");
    expect(publisherFromCredit(["Some text.", "(c) 2014-2016 ITV plc"])).toBe("ITV plc");
    expect(publisherFromCredit(["Some text.", "© AFP"])).toBeNull();
    expect(publisherFromCredit(["The copyright of the photographs belongs to the museum, which lent them to the exhibition in Rome."])).toBeNull();
    expect(publisherFromCredit(["Text without a credit line."])).toBeNull();
    const pasted = extractFromText("Palmyra's arch destroyed\n\nThe arch was blown up on Sunday.\n\n© 2015 The Daily Example");
    expect(pasted.source.publisher).toBe("The Daily Example");
    expect(pasted.origins.publisher).toBe("the page's credit line");
  });
});

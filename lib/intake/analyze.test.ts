import { describe, expect, it } from "vitest";
import { analyzeArticle, IntakeRefused, publisherOfAddress, type Catalogue } from "./analyze";

const CAT: Catalogue = {
  monuments: [
    { id: "bel", name: "Temple of Bel", names: ["معبد بل"] },
    { id: "tetrapylon", name: "Tetrapylon", names: [] },
  ],
  actors: [{ id: "is", name: "Islamic State", aliases: ["IS"], kind: "ARMED_GROUP" }],
  siteOpenFrom: "2015-05-01",
  accounts: [],
  sources: [{ id: "s1", title: "Palmyra temple destroyed", publisher: "Example Post", url: "https://www.example.org/palmyra/" }],
};

describe("analyzeArticle: bad input", () => {
  it("refuses empty text and a multi-megabyte paste with a message, without parsing", () => {
    expect(() => analyzeArticle({ kind: "text", body: "  \n " }, CAT)).toThrow(IntakeRefused);
    const big = "The Temple of Bel was destroyed. ".repeat(160_000);
    const t = Date.now();
    expect(() => analyzeArticle({ kind: "text", body: big }, CAT)).toThrow(/million characters/);
    expect(Date.now() - t).toBeLessThan(1000);
  });
  it("says when no known monument is named", () => {
    const a = analyzeArticle({ kind: "text", body: "The weather in Damascus was mild on Sunday, officials said." }, CAT);
    expect(a.mentions).toEqual([]);
    expect(a.problems.join(" ")).toMatch(/No monument in the database is named/);
  });
  it("an unread language: names still found, no claims suggested, a clear message", () => {
    const a = analyzeArticle({ kind: "html", body: `<html lang="bn"><body><p>পালমিরার Tetrapylon ধ্বংস করা হয়েছে বলে জানিয়েছে ইউনেস্কো। স্যাটেলাইট ছবিতে দেখা গেছে।</p></body></html>` }, CAT);
    expect(a.mentions.map((m) => m.monumentId)).toEqual(["tetrapylon"]);
    expect(a.suggestions).toEqual([]);
    expect(a.problems.join(" ")).toMatch(/Bengali, which the assistant does not read/);
  });
  it("recognises a source already recorded by its normalised URL", () => {
    const a = analyzeArticle({ kind: "html", body: `<html><head><link rel="canonical" href="http://example.org/palmyra?utm_medium=x"></head><body><p>The Temple of Bel was destroyed on Sunday.</p></body></html>` }, CAT);
    expect(a.existingSource).toEqual({ id: "s1", title: "Palmyra temple destroyed", why: "url" });
  });
});

describe("publisherOfAddress", () => {
  const sources = [
    { id: "a", title: "A", publisher: "BBC Arabic", url: "https://www.bbc.com/arabic/middleeast/2015/08/150830_x" },
    { id: "b", title: "B", publisher: "BBC News", url: "https://www.bbc.com/news/world-middle-east-34111092" },
    { id: "c", title: "C", publisher: "Reuters", url: "http://www.reuters.com/news/picture/palmyra-in-ruins-idUSRTX1QG8C" },
  ];
  it("names the publisher of the sources that share the most of the address", () => {
    expect(publisherOfAddress("https://bbc.com/arabic/middleeast/2016/01/other", sources)).toBe("BBC Arabic");
    expect(publisherOfAddress("https://www.bbc.co.uk/news/x", sources)).toBeNull();
    expect(publisherOfAddress("https://m.bbc.com/news/world-1", sources)).toBe("BBC News");
    expect(publisherOfAddress("https://reuters.com/article/idUS1", sources)).toBe("Reuters");
  });
  it("says nothing when the site's sources name different publishers at the best match, or there is no address", () => {
    expect(publisherOfAddress("https://bbc.com/sport/1", sources)).toBeNull();
    expect(publisherOfAddress(null, sources)).toBeNull();
  });
  it("fills a paste's publisher from its address, and says where it came from", () => {
    const a = analyzeArticle({ kind: "text", body: "Palmyra arch destroyed\n\nThe arch was blown up on Sunday.", url: "https://reuters.com/article/idUS2" }, { ...CAT, sources });
    expect(a.extraction.source.publisher).toBe("Reuters");
    expect(a.extraction.origins.publisher).toBe("recorded for this address");
    expect(a.extraction.source.canonicalUrl).toBe("https://reuters.com/article/idUS2");
  });
});

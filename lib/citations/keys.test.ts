import { describe, expect, it } from "vitest";
import { loadPalmyra } from "@/lib/dataset/palmyra";
import { baseKey, citationKeys } from "./keys";

const at = (d: string) => new Date(d);

describe("citation keys", () => {
  it("read author or publisher, year and the first title word, ASCII only", () => {
    expect(baseKey({ slug: "x", title: "Syrian army, militias push into Palmyra", authors: ["Weedah Hamzah"], publisher: "Al Bawaba", publishedEarliest: "2017-03-02", createdAt: at("2026-01-01") })).toBe("hamzah2017syrian");
    expect(baseKey({ slug: "x", title: "The arch of triumph", authors: [], publisher: "Zeit Online", publishedEarliest: "2015-10-05", createdAt: at("2026-01-01") })).toBe("zeitonline2015arch");
    expect(baseKey({ slug: "x", title: "Daech détruit l'Arc", authors: [], publisher: "Webmanagercenter", publishedEarliest: null, createdAt: at("2026-01-01") })).toBe("webmanagercenternddaech");
    expect(baseKey({ slug: "x", title: "Photos", authors: [], publisher: "Directorate-General of Antiquities and Museums (DGAM), Syria", publishedEarliest: "2016-03-26", createdAt: at("2026-01-01") })).toBe("dgam2016photos");
    expect(baseKey({ slug: "x", title: "Roman Theatre", authors: [], publisher: "review.clateway.com", publishedEarliest: null, createdAt: at("2026-01-01") })).toBe("clatewayndroman");
    expect(baseKey({ slug: "aljazeera-x", title: "داعش يفجر", authors: [], publisher: "الجزيرة", publishedEarliest: "2015-09-04", createdAt: at("2026-01-01") })).toBe("aljazeera2015");
  });

  it("are unique over the dataset, and the first source entered keeps the bare key", () => {
    const a = { slug: "a", title: "Palmyra falls", authors: [], publisher: "Reuters", publishedEarliest: "2016-12-11", createdAt: at("2026-01-01") };
    const b = { ...a, slug: "b", createdAt: at("2026-02-01") };
    expect(citationKeys([b, a])).toEqual(new Map([["a", "reuters2016palmyra"], ["b", "reuters2016palmyrab"]]));
    const all = loadPalmyra().sources.map((f) => ({ ...f.source, createdAt: at("2026-01-01") }));
    const keys = [...citationKeys(all).values()];
    expect(new Set(keys).size).toBe(all.length);
    for (const k of keys) expect(k).toMatch(/^[a-z0-9]+$/);
  });
});

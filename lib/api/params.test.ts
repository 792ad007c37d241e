import { describe, expect, it } from "vitest";
import { listParam, readCitationQuery, readPage } from "./params";

const q = (s: string) => new URLSearchParams(s);

describe("listParam", () => {
  it("takes repeated parameters and comma lists, trimmed and without duplicates", () => {
    expect(listParam(q("event=a&event=b,c&event= a ,"), "event")).toEqual(["a", "b", "c"]);
  });
});

describe("readCitationQuery", () => {
  it("accepts a monument, several events and sources, and the flags", () => {
    const r = readCitationQuery(q("monument=temple-of-bel&event=e1,e2&source=s1&format=apa&html=1&quotes=1"));
    expect(r.ok && r.query).toMatchObject({ format: "apa", event: ["e1", "e2"], source: ["s1"], html: true, quotes: true, header: true, filter: { monument: ["temple-of-bel"] } });
  });
  it("normalises event filters and rejects bad ones with a message", () => {
    const r = readCitationQuery(q("method=explosives&from=2015-05-01&format=ris"));
    expect(r.ok && r.query.filter).toMatchObject({ method: ["EXPLOSIVES"], from: "2015-05-01" });
    const bad = readCitationQuery(q("method=fire&from=2015-02-30&format=ris"));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toContain("method must be one of");
    expect(!bad.ok && bad.message).toContain("from: must be a date as YYYY-MM-DD");
  });
  it("says which format is wrong, and that something must be selected", () => {
    const bad = readCitationQuery(q("monument=x&format=word"));
    expect(!bad.ok && bad.message).toContain("format must be one of bibtex, ris, csl-json, csv, apa, chicago, mla, harvard");
    const none = readCitationQuery(q("format=apa"));
    expect(!none.ok && none.message).toContain("Say what to cite");
  });
});

describe("readPage", () => {
  it("defaults, bounds and messages", () => {
    expect(readPage(q(""))).toEqual({ ok: true, page: { page: 1, limit: 50, offset: 0 } });
    expect(readPage(q("page=3&limit=10"))).toEqual({ ok: true, page: { page: 3, limit: 10, offset: 20 } });
    expect(readPage(q("limit=0")).ok).toBe(false);
    expect(readPage(q("limit=501")).ok).toBe(false);
    const bad = readPage(q("offset=-1"));
    expect(!bad.ok && bad.message).toBe("offset must be a whole number (got “-1”)");
    const zero = readPage(q("page=0"));
    expect(!zero.ok && zero.message).toBe("page must be at least 1");
  });
});

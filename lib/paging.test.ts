import { describe, expect, it } from "vitest";
import { chunks, inIdOrder, latestAccounts, pageCount, toSearchParams, pageQuery, parsePage, pastLastPage, readListPage, shownRange } from "./paging";

const rules = { defaultLimit: 20, maxLimit: 100 };

describe("parsePage", () => {
  it("takes the defaults when nothing is given", () => {
    expect(parsePage({}, rules)).toEqual({ ok: true, page: { page: 1, limit: 20, offset: 0 } });
  });
  it("turns page and limit into an offset", () => {
    expect(parsePage({ page: "3", limit: "25" }, rules)).toEqual({ ok: true, page: { page: 3, limit: 25, offset: 50 } });
  });
  it("accepts the API's offset instead of a page", () => {
    expect(parsePage({ offset: "40", limit: "20" }, rules)).toEqual({ ok: true, page: { page: 3, limit: 20, offset: 40 } });
  });
  it.each([
    [{ page: "0" }, "page must be at least 1"],
    [{ page: "-2" }, "page must be a whole number (got “-2”)"],
    [{ page: "1.5" }, "page must be a whole number (got “1.5”)"],
    [{ page: "" }, "page must be a whole number (got “”)"],
    [{ page: "two" }, "page must be a whole number (got “two”)"],
    [{ limit: "0" }, "limit must be at least 1"],
    [{ limit: "101" }, "limit must be at most 100"],
    [{ page: "2", offset: "20" }, "give page or offset, not both"],
  ])("refuses %o", (params, message) => {
    expect(parsePage(params, rules)).toEqual({ ok: false, message });
  });
  it("refuses a page whose offset passes the deepest one", () => {
    expect(parsePage({ page: "50001" }, rules)).toEqual({ ok: true, page: { page: 50001, limit: 20, offset: 1_000_000 } });
    expect(parsePage({ page: "50002" }, rules)).toEqual({ ok: false, message: "page must be at most 50,001" });
  });
  it("names every bad parameter at once", () => {
    expect(parsePage({ page: "x", limit: "1000" }, rules)).toEqual({ ok: false, message: "limit must be at most 100; page must be a whole number (got “x”)" });
  });
});

describe("pages past the end", () => {
  it("counts pages, an empty list being one page", () => {
    expect([pageCount(0, 20), pageCount(20, 20), pageCount(21, 20)]).toEqual([1, 1, 2]);
  });
  it("says which pages exist", () => {
    expect(pastLastPage({ page: 2, limit: 20, offset: 20 }, 20)).toBe("There is no page 2: 20 rows make 1 page of 20.");
    expect(pastLastPage({ page: 2, limit: 20, offset: 20 }, 21)).toBeNull();
  });
  it("numbers the rows shown", () => {
    expect(shownRange({ page: 2, limit: 20, offset: 20 }, 5)).toEqual([21, 25]);
    expect(shownRange({ page: 1, limit: 20, offset: 0 }, 0)).toEqual([0, 0]);
  });
});

describe("pageQuery", () => {
  it("keeps the filters and drops page 1 and the default limit", () => {
    const q = new URLSearchParams("monument=temple-of-bel&page=3");
    expect(pageQuery(q, 1, 20, 20)).toBe("?monument=temple-of-bel");
    expect(pageQuery(q, 4, 50, 20)).toBe("?monument=temple-of-bel&limit=50&page=4");
    expect(pageQuery(new URLSearchParams(), 1, 20, 20)).toBe("");
  });
});

describe("readListPage", () => {
  it("shows the first page with a message for a bad value, and names a page past the end", () => {
    const bad = readListPage({ page: "abc" }, rules);
    expect(bad.page).toEqual({ page: 1, limit: 20, offset: 0 });
    expect(bad.problems(5)).toEqual(["page must be a whole number (got “abc”): the first page is shown."]);
    const far = readListPage({ page: "4" }, rules);
    expect(far.problems(41)).toEqual(["There is no page 4: 41 rows make 3 pages of 20."]);
    expect(far.problems(61)).toEqual([]);
  });
  it("says it in the reader's language, with the locale's digits", () => {
    expect(readListPage({ page: "0" }, rules, "ar").problems(5)).toEqual(["يجب ألا تقل «الصفحة» عن ١: تُعرض الصفحة الأولى."]);
    expect(readListPage({ page: "4" }, rules, "ar").problems(41)).toEqual(["لا توجد صفحة رقم ٤: عدد الصفوف ٤١، في ٣ صفحات، ٢٠ في كل صفحة."]);
  });
});

describe("toSearchParams", () => {
  it("keeps repeated parameters and drops absent ones", () => {
    expect(toSearchParams({ monument: "arch", actor: ["a", "b"], from: undefined }).toString()).toBe("monument=arch&actor=a&actor=b");
  });
});

describe("inIdOrder", () => {
  it("puts rows read by id back in the order asked", () => {
    expect(inIdOrder(["c", "a", "b"], [{ id: "a" }, { id: "b" }, { id: "c" }]).map((r) => r.id)).toEqual(["c", "a", "b"]);
  });
});

describe("chunks", () => {
  it("splits ids into runs of at most n, in order, and nothing into nothing", () => {
    expect(chunks(["a", "b", "c", "d", "e"], 2)).toEqual([["a", "b"], ["c", "d"], ["e"]]);
    expect(chunks([], 2)).toEqual([]);
  });
});

describe("latestAccounts", () => {
  const events = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}` }));
  it("keeps every account up to the limit", () => {
    expect(latestAccounts(events.slice(0, 25), 25)).toEqual({ shown: events.slice(0, 25), hidden: new Set() });
  });
  it("beyond it, the latest in their order; the earlier ones are named as elsewhere", () => {
    const { shown, hidden } = latestAccounts(events, 25);
    expect(shown.map((e) => e.id)).toEqual(events.slice(5).map((e) => e.id));
    expect([...hidden]).toEqual(["e0", "e1", "e2", "e3", "e4"]);
  });
});

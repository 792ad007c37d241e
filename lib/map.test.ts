import { describe, expect, it } from "vitest";
import { filterByStatus, mapPoints, mapQuery, parseMapFilters } from "./map";

const range = { first: "2015-01-01", last: "2026-12-04" };

describe("mapPoints", () => {
  it("draws only positions a source records, and lists the rest (a site-wide position is not a place)", () => {
    const { located, unlocated } = mapPoints([
      { slug: "a", name: "A", latitude: 34.5, longitude: 38.2, locationPrecision: "EXACT" as const, status: "destroyed" as const },
      { slug: "b", name: "B", latitude: null, longitude: null, locationPrecision: "UNKNOWN" as const, status: "unknown" as const },
      { slug: "c", name: "C", latitude: 34.55, longitude: 38.26, locationPrecision: "SITE" as const, status: "none" as const },
      { slug: "d", name: "D", latitude: 34.551, longitude: 38.27, locationPrecision: "APPROXIMATE" as const, status: "none" as const },
    ]);
    expect(located.map((p) => p.slug)).toEqual(["a", "d"]);
    expect(unlocated.map((p) => p.slug)).toEqual(["b", "c"]);
  });
});

describe("parseMapFilters", () => {
  it("reads statuses (repeated or comma-separated), a checked date and the clock", () => {
    const { filters, errors } = parseMapFilters({ status: ["destroyed", "severe,destroyed"], asOf: "2016-01-01", clock: "reported" }, range);
    expect(errors).toEqual([]);
    expect(filters).toEqual({ statuses: ["destroyed", "severe"], asOf: "2016-01-01", clock: "reported" });
    expect(mapQuery(filters)).toBe("status=destroyed&status=severe&asOf=2016-01-01&clock=reported");
  });

  it("says why it ignores an unknown status, a bad date or a date out of range", () => {
    expect(parseMapFilters({ status: "ruined" }, range).errors[0]).toMatch(/Unknown status “ruined”/);
    expect(parseMapFilters({ asOf: "2016-02-30" }, range).filters.asOf).toBeUndefined();
    expect(parseMapFilters({ asOf: "1990-01-01" }, range).errors[0]).toMatch(/outside the period/);
  });

  it("says it in Arabic on the Arabic map, dates in Arabic", () => {
    const [clock, outside] = parseMapFilters({ clock: "lunar", asOf: "1990-01-01" }, range, "ar").errors;
    expect(clock).toBe("ساعة غير معروفة «lunar»: تُقرأ التواريخ بتاريخ الحدث.");
    expect(outside).toMatch(/^١ يناير ١٩٩٠ خارج الفترة التي يغطيها هذا السجل .* تُعرض الحالة الراهنة بدلًا من ذلك\.$/);
  });

  it("keeps every monument when no status is chosen", () => {
    const ms = [{ status: "none" as const }, { status: "destroyed" as const }];
    expect(filterByStatus(ms, [])).toHaveLength(2);
    expect(filterByStatus(ms, ["destroyed"])).toEqual([{ status: "destroyed" }]);
  });
});

describe("the map's site", () => {
  it("is read from the URL and kept in the map's links", () => {
    const { filters } = parseMapFilters({ site: "hatra", status: "destroyed" }, range);
    expect(filters.site).toBe("hatra");
    expect(mapQuery(filters)).toBe("site=hatra&status=destroyed");
    expect(mapQuery({ statuses: [], clock: "event" })).toBe("");
  });
});

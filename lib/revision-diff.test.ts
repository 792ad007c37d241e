import { describe, expect, it } from "vitest";
import { diffSnapshots, fieldLabel, formatValue } from "./revision-diff";

describe("diffSnapshots", () => {
  it("lists changed fields with readable before and after values", () => {
    const before = { id: "e1", version: 1, description: "Blown up", extent: "SEVERE", dateEarliest: "2015-08-30T00:00:00.000Z" };
    const after = { id: "e1", version: 2, description: "Blown up with explosives", extent: "DESTROYED", dateEarliest: "2015-08-30T00:00:00.000Z" };
    expect(diffSnapshots(before, after)).toEqual([
      { field: "description", before: "Blown up", after: "Blown up with explosives", kind: "changed" },
      { field: "extent", before: "SEVERE", after: "DESTROYED", kind: "changed" },
    ]);
  });

  it("ignores bookkeeping fields (version, timestamps)", () => {
    expect(diffSnapshots({ version: 1, updatedAt: "a" }, { version: 2, updatedAt: "b" })).toEqual([]);
  });

  it("treats a creation as every field added and an absent value as removed", () => {
    expect(diffSnapshots(null, { title: "Report" })).toEqual([{ field: "title", before: "—", after: "Report", kind: "added" }]);
    expect(diffSnapshots({ archiveUrl: "https://a.example" }, { archiveUrl: null })).toEqual([
      { field: "archiveUrl", before: "https://a.example", after: "—", kind: "removed" },
    ]);
  });

  it("compares lists and nested records by content", () => {
    const before = { names: [{ value: "Temple of Bel", lang: "en" }] };
    const same = { names: [{ value: "Temple of Bel", lang: "en" }] };
    const more = { names: [{ value: "Temple of Bel", lang: "en" }, { value: "معبد بل", lang: "ar" }] };
    expect(diffSnapshots(before, same)).toEqual([]);
    expect(diffSnapshots(before, more)).toEqual([
      { field: "names", before: "value: Temple of Bel, lang: en", after: "value: Temple of Bel, lang: en\nvalue: معبد بل, lang: ar", kind: "changed" },
    ]);
  });
});

describe("formatValue", () => {
  it("shows dates as days, empties as a dash, lists one per line", () => {
    expect(formatValue("2016-03-27T00:00:00.000Z")).toBe("2016-03-27");
    expect(formatValue("")).toBe("—");
    expect(formatValue([])).toBe("—");
    expect(formatValue(["A", "B"])).toBe("A\nB");
    expect(formatValue(3.5)).toBe("3.5");
  });
});

it("fieldLabel turns names into words", () => {
  expect(fieldLabel("dateEarliest")).toBe("date earliest");
  expect(fieldLabel("monumentId")).toBe("monument");
});

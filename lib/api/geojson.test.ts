import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toFeatureCollection } from "./geojson";
import { monumentsCsv } from "./tables";

const bel = { slug: "temple-of-bel", name: "Temple of Bel", names: [{ value: "معبد بل", lang: "ar" }], type: "TEMPLE", status: "destroyed", confidence: "REPORTED", latitude: 34.5472, longitude: 38.2742, parent: null, eventCount: 1, url: "http://x/monuments/temple-of-bel" };
const arch = { ...bel, slug: "monumental-arch", name: "Monumental Arch, \"Arch of Triumph\"", names: [], latitude: null, longitude: null };

describe("toFeatureCollection", () => {
  it("writes [longitude, latitude] and keeps unlocated monuments with a null geometry", () => {
    const fc = toFeatureCollection([bel, arch]);
    expect(fc.features[0]!.geometry).toEqual({ type: "Point", coordinates: [38.2742, 34.5472] });
    expect(fc.features[0]!.properties).toMatchObject({ status: "destroyed", url: bel.url, name_ar: "معبد بل" });
    expect(fc.features[1]!.geometry).toBeNull();
  });
});

describe("monumentsCsv", () => {
  it("round-trips through csv-parse with Arabic, quotes and commas intact", () => {
    const rows = parseCsv(monumentsCsv([bel, arch]), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.slug, r.name, r.name_ar, r.latitude])).toEqual([
      ["temple-of-bel", "Temple of Bel", "معبد بل", "34.5472"],
      ["monumental-arch", 'Monumental Arch, "Arch of Triumph"', "", ""],
    ]);
  });
  it("starts with a BOM unless asked not to", () => {
    expect(monumentsCsv([bel]).charCodeAt(0)).toBe(0xfeff);
    expect(monumentsCsv([bel], { bom: false }).startsWith("slug,")).toBe(true);
  });
});

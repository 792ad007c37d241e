import { describe, expect, it } from "vitest";
import { plotSite } from "./site-plot";

const site = { latitude: 34.55, longitude: 38.27 };

describe("plotSite", () => {
  it("places only monuments with coordinates and lists the others as unknown", () => {
    const r = plotSite(site, [
      { slug: "a", name: "A", latitude: 34.55, longitude: 38.27 },
      { slug: "b", name: "B", latitude: null, longitude: null },
    ]);
    expect(r.placed).toEqual([{ slug: "a", name: "A", x: 100, y: 100, outside: false }]);
    expect(r.unknown.map((m) => m.slug)).toEqual(["b"]);
  });
  it("puts north up and east right, and clamps far points to the edge", () => {
    const r = plotSite(site, [
      { slug: "ne", name: "NE", latitude: 34.56, longitude: 38.28 },
      { slug: "far", name: "Far", latitude: 35, longitude: 38.27 },
    ]);
    const ne = r.placed[0]!;
    expect(ne.x).toBeGreaterThan(100);
    expect(ne.y).toBeLessThan(100);
    expect(r.placed[1]).toMatchObject({ y: 0, outside: true });
  });
});

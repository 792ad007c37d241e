import { describe, expect, it } from "vitest";
import { independentSupport, sourceOrigin, supportLabel } from "./independence";

describe("sourceOrigin", () => {
  it("counts a republished wire story as the wire's", () => {
    expect(sourceOrigin("Egypt Independent (Reuters)")).toBe("reuters");
    expect(sourceOrigin("Al Bawaba")).toBe("al bawaba");
  });
});

describe("independentSupport", () => {
  it("pools sources across claims about the same occurrence, once per origin", () => {
    const support = independentSupport([
      { id: "a", sameAsId: null, publishers: ["Egypt Independent (Reuters)"] },
      { id: "b", sameAsId: "a", publishers: ["Al Bawaba", "Reuters"] },
      { id: "c", sameAsId: null, publishers: ["Al Bawaba"] },
      { id: "d", sameAsId: null, publishers: [] },
    ]);
    expect(Object.fromEntries(support)).toEqual({ a: 2, b: 2, c: 1, d: 0 });
  });
  it("labels the grade", () => {
    expect(supportLabel(1)).toMatch(/not independently corroborated/);
    expect(supportLabel(3)).toBe("3 independent sources");
  });
});

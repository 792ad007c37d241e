import { describe, expect, it } from "vitest";
import { independentSupport, sourceOrigin, supportLabel } from "./independence";

describe("sourceOrigin", () => {
  it("counts a republished wire story as the wire's", () => {
    expect(sourceOrigin({ publisher: "Egypt Independent", agency: "Reuters" })).toBe("reuters");
    expect(sourceOrigin({ publisher: "Egypt Independent (Reuters)" })).toBe("reuters");
    expect(sourceOrigin({ publisher: "Al Bawaba", agency: null })).toBe("al bawaba");
  });
});

describe("independentSupport", () => {
  it("pools sources across claims about the same occurrence, once per origin", () => {
    const support = independentSupport([
      { id: "a", sameAsId: null, origins: ["reuters"] },
      { id: "b", sameAsId: "a", origins: ["al bawaba", "reuters"] },
      { id: "c", sameAsId: null, origins: ["al bawaba"] },
      { id: "d", sameAsId: null, origins: [] },
    ]);
    expect(Object.fromEntries(support)).toEqual({ a: 2, b: 2, c: 1, d: 0 });
  });
  it("labels the grade", () => {
    expect(supportLabel(1)).toMatch(/not independently corroborated/);
    expect(supportLabel(3)).toBe("3 independent sources");
  });
});

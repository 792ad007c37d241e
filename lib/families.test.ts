import { describe, expect, it } from "vitest";
import { familyBatches, firstFamilies } from "./families";

const row = (id: string, parentId: string | null = null) => ({ id, parentId });

describe("familyBatches", () => {
  it("keeps a monument with its components and theirs in one batch", () => {
    const rows = [row("a"), row("b"), row("c"), row("a1", "a"), row("a1x", "a1"), row("b1", "b")];
    expect(familyBatches(rows, 3)).toEqual([["a", "a1", "a1x"], ["b", "b1", "c"]]);
  });

  it("gives a family larger than the batch size a batch of its own", () => {
    const rows = [row("x"), row("p"), row("p1", "p"), row("p2", "p"), row("p3", "p"), row("y")];
    expect(familyBatches(rows, 2)).toEqual([["x"], ["p", "p1", "p2", "p3"], ["y"]]);
  });

  it("starts a family at a row whose parent is not among the rows (a draft or archived parent)", () => {
    expect(familyBatches([row("c1", "hidden"), row("c2", "hidden")], 1)).toEqual([["c1"], ["c2"]]);
  });

  it("puts a parent loop in one family, whichever member comes first", () => {
    const rows = [row("b", "a"), row("z"), row("a", "b"), row("c", "a")];
    const batches = familyBatches(rows, 1);
    expect(batches).toContainEqual(["b", "a", "c"]);
    expect(batches.flat().sort()).toEqual(["a", "b", "c", "z"]);
  });

  it("returns every row once, in batches of at most the size asked", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => row(`m${i}`, i % 10 ? `m${i - (i % 10)}` : null));
    const batches = familyBatches(rows, 95);
    expect(batches.flat().sort()).toEqual(rows.map((r) => r.id).sort());
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(95);
  });
});

describe("firstFamilies", () => {
  it("lists the first n top-level monuments with their components, however many components there are", () => {
    const rows = [row("a"), row("b"), row("c"), row("a1", "a"), row("a2", "a"), row("b1", "b"), row("c1", "c")];
    const { shown, topLevel } = firstFamilies(rows, 2);
    expect(shown.map((m) => m.id)).toEqual(["a", "b", "a1", "a2", "b1"]);
    expect(topLevel).toBe(3);
  });

  it("lists everything when there are no more than n top-level monuments", () => {
    const rows = [row("a"), row("a1", "a")];
    expect(firstFamilies(rows, 1)).toEqual({ shown: rows, topLevel: 1 });
  });
});

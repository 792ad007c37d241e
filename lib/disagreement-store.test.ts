import { describe, expect, it } from "vitest";
import { readOccurrences } from "./disagreement-store";

// The accounts as the database holds them; `published: false` ones are never returned by a load.
const table = [
  { id: "a", sameAsId: null, published: true },
  { id: "b", sameAsId: "a", published: true },
  { id: "c", sameAsId: "draft", published: true },
  { id: "d", sameAsId: "draft", published: true },
  { id: "draft", sameAsId: null, published: false },
  { id: "alone", sameAsId: null, published: true },
];

/** publishedLinkedTo, in memory; records every batch of ids asked. */
function loader() {
  const asked: string[][] = [];
  const load = async (ids: string[]) => {
    asked.push(ids);
    return table.filter((r) => r.published && (ids.includes(r.id) || (r.sameAsId !== null && ids.includes(r.sameAsId))));
  };
  return { asked, load };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("readOccurrences", () => {
  it("reads an occurrence whole from any of its accounts, root or not", async () => {
    expect(ids(await readOccurrences(["b"], loader().load))).toEqual(["a", "b"]);
    expect(ids(await readOccurrences(["a"], loader().load))).toEqual(["a", "b"]);
  });

  it("joins the published accounts that name the same unpublished account, without returning it", async () => {
    expect(ids(await readOccurrences(["c"], loader().load))).toEqual(["c", "d"]);
  });

  it("asks for each id once and stops when nothing new is linked", async () => {
    const { asked, load } = loader();
    expect(ids(await readOccurrences(["alone", "b", "b"], load))).toEqual(["a", "alone", "b"]);
    expect(asked.flat().sort()).toEqual(["a", "alone", "b"]);
  });
});

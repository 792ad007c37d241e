import { describe, expect, it } from "vitest";
import { readDatasetDir } from "./read";
import { PALMYRA_DIR } from "./palmyra";
import { validateDataset, type RawDataset } from "./validate";

/** The Palmyra dataset as read from disk, to be broken one way at a time. */
const base = (): RawDataset => JSON.parse(JSON.stringify(readDatasetDir(PALMYRA_DIR))) as RawDataset;
const errorsOf = (raw: RawDataset) => {
  const r = validateDataset(raw);
  return r.ok ? [] : r.errors;
};
const firstSource = (raw: RawDataset) => raw.sources[0]!.value as { source: Record<string, unknown>; claims: Record<string, unknown>[] };

describe("validateDataset", () => {
  it("accepts the Palmyra dataset", () => {
    expect(errorsOf(base())).toEqual([]);
  });
  it("checks a claim with the admin form's own rules, naming the file", () => {
    const raw = base();
    const claim = firstSource(raw).claims[0]!;
    claim.dateEarliest = "2016-01-02";
    claim.dateLatest = "2016-01-01";
    expect(errorsOf(raw)).toContainEqual(expect.stringMatching(new RegExp(`^${raw.sources[0]!.path}: claim .*: dateLatest: Latest date must not be before the earliest date\\.$`)));
  });
  it("refuses a reference to a monument that does not exist", () => {
    const raw = base();
    firstSource(raw).claims[0]!.monument = "temple-of-nowhere";
    expect(errorsOf(raw)).toContainEqual(expect.stringContaining('monument "temple-of-nowhere" does not exist'));
  });
  it("refuses the same publication twice (same title and publisher)", () => {
    const raw = base();
    const copy = JSON.parse(JSON.stringify(raw.sources[0])) as RawDataset["sources"][number];
    const file = copy.value as { source: Record<string, unknown>; claims: { key: string }[] };
    file.source.slug = "a-copy";
    file.source.url = "https://example.org/another-address";
    file.claims.forEach((c) => (c.key = `${c.key}-copy`));
    raw.sources.push({ ...copy, path: "copy.json" });
    expect(errorsOf(raw)).toContainEqual(expect.stringContaining('copy.json: source title and publisher'));
  });
  it("refuses a file of the wrong shape with a message, not a crash", () => {
    const raw = base();
    raw.monuments[0]!.value = { slug: "x" };
    expect(errorsOf(raw).some((e) => e.startsWith(raw.monuments[0]!.path))).toBe(true);
  });
});

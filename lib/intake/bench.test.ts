// The bench's extra gold (monuments named in passing) is checked against the dataset, so it cannot
// drift from the passages it describes: every entry's words occur in that source's bench article.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPalmyra } from "../dataset/palmyra";
import { benchNamedSchema, buildBenchArticle, goldMonuments } from "./bench";
import { quoteKey } from "./text";

const data = loadPalmyra();
const named = benchNamedSchema.parse(JSON.parse(readFileSync(join(__dirname, "fixtures", "bench-named.json"), "utf8"))).named;

describe("bench-named.json", () => {
  it.each(named.map((n) => [`${n.source} names ${n.monument}`, n] as const))("%s in its passages", (_, n) => {
    const file = data.sources.find((f) => f.source.slug === n.source);
    expect(file, "a source file with claims").toBeDefined();
    expect(file!.claims.length).toBeGreaterThan(0);
    expect(data.monuments.map((m) => m.slug)).toContain(n.monument);
    // Not already gold through a claim or fact: this file only adds what those miss.
    expect(goldMonuments(file!).has(n.monument)).toBe(false);
    const text = quoteKey(buildBenchArticle(file!).paragraphs.join("\n\n"));
    expect(text).toContain(quoteKey(n.text));
  });

  it("lists each monument once per source", () => {
    const keys = named.map((n) => `${n.source} ${n.monument}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

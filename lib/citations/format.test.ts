// The exports checked with the tools users read them with: pandoc's citeproc (BibTeX, CSL-JSON),
// citation-js's own RIS reader, csv-parse. pandoc is a system package (.ci/run installs it).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadPalmyra } from "@/lib/dataset/palmyra";
import { toCslItem } from "./csl";
import { Cite } from "./engine";
import { CITATION_FORMATS, formatCitations, STYLES } from "./format";

const sources = loadPalmyra().sources.map((f) => f.source);

const items = sources.map((s) => toCslItem(s, [{ quote: "a “quoted” passage, with commas", paragraph: 1 }], true));
const header = { dataset: "data as of 2026-11-22T00:00:00Z", query: "/api/v1/citations?format=bibtex", generatedAt: "2026-11-22T01:00:00Z" };

function pandocBibliography(file: string, body: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hw-cite-"));
  fs.writeFileSync(path.join(dir, file), body);
  fs.writeFileSync(path.join(dir, "doc.md"), "---\nnocite: '@*'\n---\n");
  const out = execFileSync("pandoc", ["--citeproc", "-t", "plain", "--wrap=none", `--bibliography=${path.join(dir, file)}`, path.join(dir, "doc.md")], { encoding: "utf8" });
  fs.rmSync(dir, { recursive: true });
  return out.split(/\n\s*\n/).map((e) => e.trim()).filter(Boolean);
}

// What each source must show in a bibliography: its publisher and its publication year.
const expected = sources.map((s) => ({ publisher: s.publisher, year: (s.publishedEarliest ?? "").slice(0, 4) }));

describe.each([
  ["BibTeX", "refs.bib", () => formatCitations(items, "bibtex", { header }).body],
  ["CSL-JSON", "refs.json", () => formatCitations(items, "csl-json").body],
])("pandoc --citeproc reads our %s", { timeout: 30_000 }, (_name, file, body) => {
  it("one entry per source, with its publisher and year", () => {
    const entries = pandocBibliography(file, body());
    expect(entries).toHaveLength(sources.length);
    for (const { publisher, year } of expected) {
      // pandoc prints typographic apostrophes ("Ma’an") and title-cases a BibTeX journal ("Arabic Service").
      const shown = entries.map((e) => e.replace(/’/g, "'").toLowerCase());
      expect(shown.filter((e) => e.includes(publisher.toLowerCase()) && e.includes(year)).length, `${publisher} ${year}`).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("BibTeX text", () => {
  it("keeps Arabic and accented titles as written, and escapes LaTeX's special characters", () => {
    const base = sources.find((s) => s.slug.startsWith("albawaba-2017"))!;
    const arabic = { ...base, slug: "ar", title: "داعش يفجر معبد بل في تدمر", publisher: "Al Jazeera & Partners" };
    const french = { ...base, slug: "fr", title: "Daech détruit l'Arc de triomphe à 100 %" };
    const body = formatCitations([toCslItem(arabic), toCslItem(french)], "bibtex").body;
    expect(body).toContain("title = {داعش يفجر معبد بل في تدمر}");
    expect(body).toContain("Al Jazeera \\& Partners");
    expect(body).toContain("title = {Daech détruit l'{Arc} de triomphe à 100 \\%}");
  });
});

describe("RIS", () => {
  it("parses back with citation-js to the same count, titles, authors and dates", () => {
    const ris = formatCitations(items, "ris").body;
    const back = new Cite(ris).data as { title: string; author?: { family: string }[]; issued?: { "date-parts": number[][] } }[];
    expect(back.map((b) => b.title)).toEqual(items.map((i) => i.title));
    const bawaba = back.find((b) => b.title.startsWith("Syrian army"))!;
    expect(bawaba.author?.map((a) => a.family)).toEqual(["Hamzah", "Hamlo"]);
    expect(bawaba.issued?.["date-parts"]).toEqual([[2017, 3, 2]]);
    expect(ris).toMatch(/^TY {2}- NEWS$/m);
    expect([...ris.matchAll(/^ID {2}- (.*)$/gm)].map((m) => m[1])).toEqual(items.map((i) => i.id));
    expect(ris).toMatch(/^AU {2}- Hamzah, Weedah$/m);
    expect(ris).toMatch(/^DA {2}- 2017\/03\/02\/?$/m);
  });
});

describe("CSV", () => {
  it("round-trips through csv-parse with the same rows (quotes, commas and all)", () => {
    const csv = formatCitations(items, "csv").body;
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(items.length);
    expect(rows.map((r) => r.title)).toEqual(items.map((i) => i.title));
    expect(rows[0]!.note).toBe(items[0]!.note);
  });
});

// The first use of a style compiles it (~2 s here, more when the machine is busy): not a speed test.
describe("formatted styles", { timeout: 30_000 }, () => {
  it.each(Object.keys(STYLES) as (keyof typeof STYLES)[])("%s: one entry per source, plain text and HTML with italics", (style) => {
    const text = formatCitations(items, style).body.trim().split("\n").filter((l) => l && !l.startsWith("#"));
    expect(text).toHaveLength(items.length);
    expect(text.join("\n")).toContain("Al Bawaba");
    const html = formatCitations(items, style, { html: true }).body;
    expect(html.match(/class="csl-entry"/g)).toHaveLength(items.length);
    expect(html).toContain("<i>");
  });
  it("APA prints a month-precision date as year and month", () => {
    const apa = formatCitations(items, "apa").body;
    expect(apa).toMatch(/Action News\. .*|\(2016, December\)/);
    expect(apa).toContain("(2016, December)");
    expect(apa).toContain("Hamzah, W., & Hamlo, K. (2017, March 2)");
  });
  it("every format has a content type and an extension", () => {
    for (const f of CITATION_FORMATS) expect(formatCitations(items.slice(0, 1), f).contentType).toMatch(/charset=utf-8/);
  });
});

function pandocCslJson(bib: string): Record<string, unknown>[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hw-bib-"));
  fs.writeFileSync(path.join(dir, "refs.bib"), bib);
  const out = execFileSync("pandoc", ["-f", "biblatex", "-t", "csljson", path.join(dir, "refs.bib")], { encoding: "utf8" });
  fs.rmSync(dir, { recursive: true });
  return JSON.parse(out);
}

describe("BibTeX that biblatex and pandoc read without loss", { timeout: 30_000 }, () => {
  const plain = sources.map((s) => toCslItem(s));
  const bib = formatCitations(plain, "bibtex").body;
  const read = new Map(pandocCslJson(bib).map((e) => [e.id as string, e]));

  it("writes full ISO dates and a month macro, never a day inside `month`", () => {
    expect(bib).not.toMatch(/month = \{/);
    const dpa = bib.slice(bib.indexOf("albawaba-2017-03-02-syrian-army-push-into-palmyra"));
    expect(dpa).toMatch(/date = \{2017-03-02\},\n\tyear = \{2017\},\n\tmonth = mar,/);
  });

  it("pandoc reads every entry's type, newspaper, full date and accessed date as the CSL says", () => {
    expect(read.size).toBe(plain.length);
    for (const item of plain) {
      const e = read.get(item["citation-key"])!;
      expect(e, item.id).toBeDefined();
      expect(e.type, item.id).toBe(item.type === "document" && item.URL ? "webpage" : item.type);
      // pandoc prints typographic apostrophes ("Ma’an").
      if (item.type === "article-newspaper") expect(String(e["container-title"]).replace(/’/g, "'"), item.id).toBe(item["container-title"]);
      if (item.issued && "date-parts" in item.issued) expect(e.issued, item.id).toEqual(item.issued);
      if (item.accessed && item.URL) expect(e.accessed, item.id).toEqual(item.accessed);
    }
  });

  it("citation-js reads the dates back in full", () => {
    const back = new Cite(bib).data as { id: string; issued?: { "date-parts": number[][] } }[];
    const dpa = back.find((e) => e.id === "albawaba-2017-03-02-syrian-army-push-into-palmyra")!;
    expect(dpa.issued?.["date-parts"][0]).toEqual([2017, 3, 2]);
  });
});

describe("formatted styles", { timeout: 60_000 }, () => {
  const plain = sources.map((s) => toCslItem(s));
  for (const style of Object.keys(STYLES) as (keyof typeof STYLES)[]) {
    it(`${style}: no stray punctuation, and web pages carry their accessed date`, () => {
      const text = formatCitations(plain, style).body;
      const entries = text.split("\n").filter(Boolean);
      for (const e of entries) {
        expect(e).not.toMatch(/(^|\s)In\.(\s|$)|\.\s*\.(?!\.)|,\s*[,.]|\(\s*\)|\[\s*\]|:\s*[.,]|\s[,.;:](\s|$)/);
      }
      for (const s of sources.filter((x) => x.kind === "REFERENCE_WORK" && x.url)) {
        const entry = entries.find((e) => e.includes(s.url!.replace(/^https?:\/\//, "").slice(0, 30)));
        expect(entry, `${style} ${s.slug}`).toMatch(/(Accessed|Retrieved|accessed):? [^\n]*2026/);
      }
    });
  }
});

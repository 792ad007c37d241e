#!/usr/bin/env node
// Time to export 10,000 citations in each format (generated sources; no database involved, so
// this measures our mapping + citation-js). Run: npm run bench:export [-- <count>]
// Target: < 1 s per format. Each format is run once warm (after one small warm-up export).
// The formatted styles (citeproc, ~5–8 ms per entry here, linear: 250 and 1,000 entries give the
// same rate) run on 1,000 entries unless BENCH_STYLE_COUNT says otherwise, and the time for 10,000 is
// extrapolated: a full run takes about a minute per style. The API caps them at 250 per request.
import { performance } from "node:perf_hooks";
import { toCslItem } from "../lib/citations/csl.ts";
import { CITATION_FORMATS, formatCitations } from "../lib/citations/format.ts";

const count = Number(process.argv[2] ?? 10_000);
const precisions = ["EXACT_DAY", "MONTH", "YEAR", "WINDOW", "REPORTED_DAY", "UNKNOWN"];
const kinds = ["NEWS_ARTICLE", "NGO_REPORT", "SATELLITE_ASSESSMENT", "OFFICIAL_STATEMENT"];
const publishers = ["Al Bawaba", "Middle East Eye", "Reuters", "Ynetnews", "UNOSAT", "ASOR Cultural Heritage Initiatives"];
const names = ["Weedah Hamzah", "Tom Perry", "Maria Kantirou", "Ali Abdelaty", "Khalil Hamlo", "Andrew Osborn"];

function source(i) {
  const precision = precisions[i % precisions.length];
  const y = 2015 + (i % 3);
  const m = String((i % 12) + 1).padStart(2, "0");
  const d = String((i % 28) + 1).padStart(2, "0");
  const [earliest, latest] =
    precision === "UNKNOWN" ? [null, null]
    : precision === "YEAR" ? [`${y}-01-01`, `${y}-12-31`]
    : precision === "MONTH" ? [`${y}-${m}-01`, `${y}-${m}-28`]
    : precision === "WINDOW" ? [`${y}-${m}-01`, `${y}-${m}-${d}`]
    : [`${y}-${m}-${d}`, `${y}-${m}-${d}`];
  return {
    slug: `bench-source-${i}`,
    title: `Report ${i} on damage to monument ${i % 97} in Palmyra, “quoted” & annotated`,
    publisher: publishers[i % publishers.length],
    authors: names.slice(0, i % 3),
    kind: kinds[i % kinds.length],
    publishedEarliest: earliest,
    publishedLatest: latest,
    publishedPrecision: precision,
    url: `https://example.org/news/${i}`,
    archiveUrl: i % 5 === 0 ? `https://web.archive.org/web/2017/https://example.org/news/${i}` : null,
    accessedAt: i % 2 ? "2024-11-29" : null,
    language: i % 7 ? "en" : "ar",
  };
}

const t0 = performance.now();
const items = Array.from({ length: count }, (_, i) => toCslItem(source(i), [{ quote: `passage ${i}, with a comma`, paragraph: i % 30 }], true));
console.log(`map ${count} sources → CSL-JSON items: ${(performance.now() - t0).toFixed(0)} ms`);

const styleCount = Number(process.env.BENCH_STYLE_COUNT ?? 1000);
const header = { dataset: "bench", query: "bench", generatedAt: new Date().toISOString() };
const runs = [...CITATION_FORMATS.map((f) => [f, {}]), ...["apa", "chicago", "mla", "harvard"].map((f) => [`${f}+html`, { html: true }])];
for (const [label, opts] of runs) {
  const format = label.replace("+html", "");
  formatCitations(items.slice(0, 5), format, { ...opts, header }); // warm-up: style compilation, translator cache
  const n = ["apa", "chicago", "mla", "harvard"].includes(format) ? Math.min(styleCount, count) : count;
  const start = performance.now();
  const out = formatCitations(items.slice(0, n), format, { ...opts, header });
  const ms = performance.now() - start;
  const verdict = n < count ? `(${n} entries; ≈${((ms * count) / n / 1000).toFixed(0)} s for ${count})` : ms < 1000 ? "ok" : "OVER 1 s";
  console.log(`${label.padEnd(14)} ${ms.toFixed(0).padStart(6)} ms  ${(out.body.length / 1e6).toFixed(1)} MB  ${verdict}`);
}

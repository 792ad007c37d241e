#!/usr/bin/env node
// Time to export 10,000 citations in each format (generated sources; no database involved, so
// this measures our mapping + citation-js). Run: npm run bench:export [-- <count>]
// Target: < 1 s per format. BibTeX, RIS, CSL-JSON and CSV are run once warm (after one small warm-up
// export). The formatted styles (citeproc, 5–8 ms per entry) reuse cached entries
// (lib/citations/bibliography.ts), so each is timed three ways, from an empty cache:
//   cold         all entries rendered by citeproc (what a first export costs; minutes in all);
//   warm         the same export again, every entry cached;
//   warm subset  a different 9,000 of those entries: entries cached, but a group that lost a member
//                (same author and year, same byline, …) is rendered jointly again;
//   restart      the export again after a restart: the process's cache emptied, the entries loaded
//                from the database (lib/queries/render-cache-store.ts, as the API does), then formatted.
// Runs on a throw-away embedded database (npm run bench:export migrates it first).
// Two source distributions: "worst" (the original generator: 2 bylines, 3 years, so every authored
// entry shares its year suffixes or its substituted author with thousands of others) and
// "realistic" (thousands of bylines, organisations, authorless articles). BENCH_STYLES=apa,mla
// limits the styles; BENCH_DISTRIBUTIONS=realistic the distributions.
import { performance } from "node:perf_hooks";
import { toCslItem } from "../lib/citations/csl.ts";
import { clearBibliographyCache } from "../lib/citations/bibliography.ts";
import { resetRenderStore, saveRenderCache, warmRenderCache } from "../lib/queries/render-cache-store.ts";
import { db } from "../lib/db.ts";
import { CITATION_FORMATS, formatCitations, STYLES } from "../lib/citations/format.ts";

const count = Number(process.argv[2] ?? 10_000);
const precisions = ["EXACT_DAY", "MONTH", "YEAR", "WINDOW", "REPORTED_DAY", "UNKNOWN"];
const kinds = ["NEWS_ARTICLE", "NGO_REPORT", "SATELLITE_ASSESSMENT", "OFFICIAL_STATEMENT"];
const publishers = ["Al Bawaba", "Middle East Eye", "Reuters", "Ynetnews", "UNOSAT", "ASOR Cultural Heritage Initiatives"];
const names = ["Weedah Hamzah", "Tom Perry", "Maria Kantirou", "Ali Abdelaty", "Khalil Hamlo", "Andrew Osborn"];

function worstSource(i) {
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

// Realistic: a seeded mix of ~4,000 personal bylines (some reporters write dozens of articles, most
// a few; family names shared between people), 15% organisations, 20% authorless, 15 years.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(7);
const syllables = ["al", "ba", "ker", "son", "ha", "mid", "ro", "ti", "na", "vel", "dra", "gor", "mu", "sa", "lin", "qas", "fer", "ton"];
const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => syllables[Math.floor(rand() * syllables.length)]).join("");
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const families = Array.from({ length: 1500 }, () => cap(word()));
const givens = Array.from({ length: 400 }, () => cap(word()));
const bylines = Array.from({ length: 4000 }, () => `${givens[Math.floor(rand() * givens.length)]} ${families[Math.floor(rand() * families.length)]}`);
const orgs = ["UNESCO", "UNOSAT", "ASOR", "ICOMOS", "DGAM", "Reuters", "AFP", "ICCROM", "Europa Nostra", "Heritage for Peace"];
const outlets = Array.from({ length: 60 }, (_, k) => (k < publishers.length ? publishers[k] : `${cap(word())} ${["Times", "News", "Post", "Observer"][k % 4]}`));
function realisticSource(i) {
  const r = rand();
  // Squaring skews towards the first bylines: a few prolific reporters, a long tail.
  const person = () => bylines[Math.floor(rand() * rand() * bylines.length)];
  const authors = r < 0.2 ? [] : r < 0.35 ? [orgs[Math.floor(rand() * orgs.length)]] : rand() < 0.8 ? [person()] : [person(), person()];
  const y = 2011 + Math.floor(rand() * 15);
  const day = `${y}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
  const precise = rand() < 0.8;
  return {
    ...worstSource(i),
    title: `${cap(word())} ${word()} ${word()} at monument ${i % 500}: report ${i}`,
    publisher: outlets[Math.floor(rand() * outlets.length)],
    authors,
    publishedEarliest: precise ? day : `${y}-01-01`,
    publishedLatest: precise ? day : `${y}-12-31`,
    publishedPrecision: precise ? "EXACT_DAY" : "YEAR",
  };
}

const toItems = (source) => Array.from({ length: count }, (_, i) => toCslItem(source(i), [{ quote: `passage ${i}, with a comma`, paragraph: i % 30 }], true));
const t0 = performance.now();
const items = toItems(worstSource);
console.log(`map ${count} sources → CSL-JSON items: ${(performance.now() - t0).toFixed(0)} ms`);

const header = { dataset: "bench", query: "bench", generatedAt: new Date().toISOString() };
const seconds = (ms) => (ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(0)} s`);
const time = (format, list, opts) => {
  const start = performance.now();
  const out = formatCitations(list, format, { ...opts, header });
  return [performance.now() - start, out];
};

for (const format of CITATION_FORMATS.filter((f) => !(f in STYLES))) {
  formatCitations(items.slice(0, 5), format, { header }); // warm-up: translator cache
  const [ms, out] = time(format, items, {});
  console.log(`${format.padEnd(14)} ${ms.toFixed(0).padStart(6)} ms  ${(out.body.length / 1e6).toFixed(1)} MB  ${ms < 1000 ? "ok" : "OVER 1 s"}`);
}

const styles = (process.env.BENCH_STYLES ?? Object.keys(STYLES).join(",")).split(",");
const distributions = { worst: items, realistic: null };
const wanted = (process.env.BENCH_DISTRIBUTIONS ?? "worst,realistic").split(",");
// A different 9,000 of the 10,000 (every tenth, shifted, left out), in the same order.
const subset = (list) => list.filter((_, i) => i % 10 !== 3);
for (const name of wanted) {
  const list = (distributions[name] ??= toItems(realisticSource));
  console.log(`\n${name} distribution, ${list.length} sources (cold / warm / warm ${subset(list).length}-subset / after a restart):`);
  for (const style of styles) {
    for (const html of [false, true]) {
      const label = `${style}${html ? "+html" : ""}`;
      formatCitations(list.slice(0, 5), style, { html, header }); // style compilation
      clearBibliographyCache();
      const [cold] = time(style, list, { html });
      const [warm, out] = time(style, list, { html });
      const [part] = time(style, subset(list), { html });
      const saved = await saveRenderCache();
      clearBibliographyCache(); // a restart: nothing in the process
      resetRenderStore();
      const restartStart = performance.now();
      const loaded = await warmRenderCache(`${STYLES[style].csl}|${html ? "html" : "text"}`);
      const [, again] = time(style, list, { html });
      const restart = performance.now() - restartStart;
      if (again.body !== out.body) throw new Error(`${label}: the export after a restart differs from the one before`);
      const verdict = warm < 1000 && part < 1000 ? "ok warm" : "OVER 1 s warm";
      console.log(
        `${label.padEnd(14)} cold ${seconds(cold).padStart(7)}   warm ${seconds(warm).padStart(7)}   warm subset ${seconds(part).padStart(7)}   restart ${seconds(restart).padStart(7)} (${loaded}/${saved} records)  ${(out.body.length / 1e6).toFixed(1)} MB  ${verdict}`,
      );
    }
  }
}
await db().$disconnect();

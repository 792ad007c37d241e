// The intake bench's pure parts: an annotated article built from one dataset source file (only its
// quoted passages, with their prefix and suffix: never a whole article), a metadata page of our
// own making around it (rotating through JSON-LD, OpenGraph, citation_*, Dublin Core, <time> and
// plain text), and the scores. scripts/bench-intake.ts loads the dataset and prints them.

import { z } from "zod";
import type { ClaimFile, SourceFile } from "../dataset/schema";
import { quoteKey } from "./text";

export interface BenchArticle {
  slug: string;
  paragraphs: string[];
  gold: SourceFile;
}

function mergeChunk(chunks: string[], chunk: string) {
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (c.includes(chunk)) return;
    if (chunk.includes(c)) {
      chunks[i] = chunk;
      return;
    }
    for (let k = Math.min(c.length, chunk.length) - 1; k >= 12; k--) {
      if (c.endsWith(chunk.slice(0, k))) {
        chunks[i] = c + chunk.slice(k);
        return;
      }
      if (chunk.endsWith(c.slice(0, k))) {
        chunks[i] = chunk + c.slice(k);
        return;
      }
    }
  }
  chunks.push(chunk);
}

/** The article's passages in paragraph order, overlapping ones merged. */
export function buildBenchArticle(file: SourceFile): BenchArticle {
  const quotes = [
    ...file.claims.flatMap((c) => c.quotes),
    ...(file.controlPeriodQuotes ?? []),
    ...(file.facts ?? []),
  ].sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0));
  const chunks: string[] = [];
  for (const q of quotes) mergeChunk(chunks, `${q.prefix}${q.quote}${q.suffix}`);
  // A merge can make two chunks overlap that did not before.
  const merged: string[] = [];
  for (const c of chunks) mergeChunk(merged, c);
  return { slug: file.source.slug, paragraphs: merged.flatMap((c) => c.split(/\n\s*\n/)), gold: file };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const TEMPLATES = ["json-ld", "opengraph", "citation", "dublin-core", "time-and-h1", "plain-text"] as const;
export type Template = (typeof TEMPLATES)[number];

/** The article as a page (or a paste) in one of the metadata styles, with a script and an iframe that must come to nothing. */
export function renderBenchPage(a: BenchArticle, template: Template): { kind: "html" | "text"; body: string } {
  const s = a.gold.source;
  const day = s.publishedLatest ?? s.publishedEarliest;
  const body = a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n");
  const authors = s.authors;
  const junk = `<script>window.__intake = 1</script><iframe src="https://ads.invalid/x"></iframe><img src="x" onerror="window.__intake=2">`;
  const page = (head: string, top = "") =>
    `<!doctype html><html lang="${s.language}"><head><meta charset="utf-8">${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>${junk}<article>${top}${body}</article><footer>© ${esc(s.publisher)}</footer></body></html>`;
  switch (template) {
    case "json-ld": {
      const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline: s.title, datePublished: day ? `${day}T09:30:00+03:00` : undefined, author: authors.map((n) => ({ "@type": "Person", name: n })), publisher: { "@type": "Organization", name: s.publisher }, inLanguage: s.language, url: s.url ?? undefined };
      return { kind: "html", body: page(`<title>${esc(s.title)} | ${esc(s.publisher)}</title><script type="application/ld+json">${JSON.stringify(ld).replace(/</g, "\\u003c")}</script>`) };
    }
    case "opengraph":
      return { kind: "html", body: page(`<title>${esc(s.title)}</title><meta property="og:title" content="${esc(s.title)} - ${esc(s.publisher)}"><meta property="og:site_name" content="${esc(s.publisher)}">${day ? `<meta property="article:published_time" content="${day}T06:00:00Z">` : ""}${s.url ? `<meta property="og:url" content="${esc(s.url)}">` : ""}`) };
    case "citation":
      return { kind: "html", body: page(`<meta name="citation_title" content="${esc(s.title)}"><meta name="citation_publisher" content="${esc(s.publisher)}">${authors.map((n) => `<meta name="citation_author" content="${esc(n)}">`).join("")}${day ? `<meta name="citation_publication_date" content="${day.replace(/-/g, "/")}">` : ""}`) };
    case "dublin-core":
      return { kind: "html", body: page(`<meta name="DC.title" content="${esc(s.title)}"><meta name="DC.publisher" content="${esc(s.publisher)}">${day ? `<meta name="DC.date" content="${day}">` : ""}${s.url ? `<link rel="canonical" href="${esc(s.url)}">` : ""}`) };
    case "time-and-h1":
      return { kind: "html", body: page(`<meta property="og:site_name" content="${esc(s.publisher)}"><title>${esc(s.publisher)}</title>`, `<h1>${esc(s.title)}</h1>${day ? `<p><time datetime="${day}T12:00:00Z">${day}</time></p>` : ""}`) };
    case "plain-text": {
      const when = day ? `Published ${new Date(`${day}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}` : "";
      // What a reader copies from the page above, headline to footer: its credit line comes along.
      return { kind: "text", body: [s.title, authors.length ? `By ${authors.join(" and ")}` : "", when, ...a.paragraphs, `© ${s.publisher}`].filter(Boolean).join("\n\n") };
    }
  }
}

/** A monument a source's passages name in passing (lib/intake/fixtures/bench-named.json), with the words as printed. */
export const namedMentionSchema = z.strictObject({ source: z.string(), monument: z.string(), text: z.string().min(3) });
export type NamedMention = z.infer<typeof namedMentionSchema>;
export const benchNamedSchema = z.strictObject({ about: z.string(), named: z.array(namedMentionSchema) });

/** Gold monuments: those the source's claims and facts are about, and those its passages name in passing. */
export function goldMonuments(file: SourceFile, named: NamedMention[] = []): Set<string> {
  return new Set([
    ...file.claims.map((c) => c.monument),
    ...(file.facts ?? []).flatMap((f) => ("monument" in f && f.monument ? [f.monument] : [])),
    ...named.filter((n) => n.source === file.source.slug).map((n) => n.monument),
  ]);
}

export interface PR {
  tp: number;
  fp: number;
  fn: number;
}
export const pr = (): PR => ({ tp: 0, fp: 0, fn: 0 });
export const precision = (x: PR) => (x.tp + x.fp ? x.tp / (x.tp + x.fp) : 1);
export const recall = (x: PR) => (x.tp + x.fn ? x.tp / (x.tp + x.fn) : 1);

/** Does a suggested passage overlap the gold claim's quotes? */
export function sharesPassage(quotes: string[], claim: ClaimFile): boolean {
  const mine = quotes.map(quoteKey);
  return claim.quotes.some((q) => {
    const g = quoteKey(q.quote);
    return mine.some((m) => m.includes(g) || g.includes(m) || (g.length > 40 && m.includes(g.slice(0, 40))));
  });
}

/** Is the gold window inside the suggested one (an open end contains everything on its side)? */
export function windowContains(s: { earliest: string | null; latest: string | null }, g: { earliest: string | null; latest: string | null }): boolean {
  const lo = s.earliest === null || (g.earliest !== null && s.earliest <= g.earliest);
  const hi = s.latest === null || (g.latest !== null && s.latest >= g.latest);
  return lo && hi;
}

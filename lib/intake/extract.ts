// Stage 1: the article's text and its source metadata, from a saved HTML page or pasted text.
// Readability (Firefox's reader view) finds the main text; linkedom gives it a DOM without a
// browser. Nothing here executes the page: linkedom runs no scripts and loads nothing, and only
// text content is kept. What the page does not state about itself is looked for in the text.

import { Readability } from "@mozilla/readability";
import * as chrono from "chrono-node";
import { parseHTML } from "linkedom";
import { detectLanguage } from "./language";
import { readPageMetadata, stripSiteName } from "./metadata";
import { splitParagraphs, toArticleText, type ArticleText } from "./text";

export interface ExtractedSource {
  title: string | null;
  publisher: string | null;
  agency: string | null;
  authors: string[];
  /** YYYY-MM-DD, when the page or the text states the day. */
  publishedDate: string | null;
  /** How the source dates itself, as written. */
  publishedText: string | null;
  language: string | null;
  canonicalUrl: string | null;
}

export interface Extraction {
  source: ExtractedSource;
  /** Where each field came from ("JSON-LD", "OpenGraph", "text", "URL"…). */
  origins: Record<string, string>;
  article: ArticleText;
}

/** Past this, a paste or a page is refused before any parsing: no article is this long. */
export const MAX_INPUT_CHARS = 2_000_000;

const BLOCKS = "p, h2, h3, h4, li, blockquote, pre, td, figcaption";

function paragraphsOf(root: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null; querySelector(s: string): unknown }> }): string[] {
  return Array.from(root.querySelectorAll(BLOCKS))
    .filter((el) => !el.querySelector("p, li, blockquote"))
    .map((el) => el.textContent ?? "");
}

/** An ISO day from a metadata timestamp or a date as written ("March 2nd, 2017"). */
export function toIsoDayLoose(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const r = chrono.en.parse(s)[0] ?? chrono.fr.parse(s)[0] ?? chrono.de.parse(s)[0];
  if (!r || !r.start.isCertain("day") || !r.start.isCertain("month") || !r.start.isCertain("year")) return null;
  const y = r.start.get("year")!, m = r.start.get("month")!, d = r.start.get("day")!;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const AGENCIES = ["AFP", "Reuters", "AP", "Associated Press", "dpa", "DPA", "Xinhua", "ANSA", "EFE", "UPI", "Anadolu", "SANA", "Sputnik", "TASS", "IANS", "PTI"];
const AGENCY_RE = AGENCIES.map((a) => a.replace(/ /g, "\\s+")).join("|");
// The wire agency shows in a dateline "(AFP) -", a credit "© AFP", a closing "— Reuters", a byline
// "By X, AFP", or a quote credited to it ("told AFP").
const AGENCY_PATTERNS = [
  new RegExp(`\\((${AGENCY_RE})\\)`),
  new RegExp(`(?:©|Copyright|Source:|Quelle:|Fonte:)\\s*(${AGENCY_RE})\\b`),
  new RegExp(`^(${AGENCY_RE})\\s*[-—–:]`),
  new RegExp(`\\btold\\s+(?:the\\s+)?(${AGENCY_RE})\\b`),
  new RegExp(`\\b(${AGENCY_RE})\\s+(?:reported|news agency)\\b`),
];

export function findAgency(paragraphs: string[], byline: string | null): string | null {
  const head = [byline ?? "", ...paragraphs];
  for (const re of AGENCY_PATTERNS) {
    for (const p of head) {
      const m = re.exec(p);
      if (m) return m[1]!.replace(/\s+/g, " ").replace(/^Associated Press$/, "AP").replace(/^DPA$/, "dpa");
    }
  }
  return null;
}

const BYLINE = /^(?:by|par|von|di|بقلم)\s+(.{3,120})$/i;
// A page's own credit line, as a copy of the whole page carries it: "© 2015 The Salt Lake Tribune",
// "Copyright 2015 USA TODAY. All rights reserved." A wire agency's credit is a photo's or a story's, not
// the publisher's: findAgency reads those.
const COPYRIGHT = /^(?:©|\(c\)|copyright|جميع الحقوق محفوظة\s*[-–—:]?)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?(.{2,80}?)[\s.,]*(?:all rights reserved\.?|tous droits réservés\.?|alle rechte vorbehalten\.?|جميع الحقوق محفوظة\.?)?$/i;

/** The publisher a copied page names in its credit line, looked for in the last paragraphs first. */
export function publisherFromCredit(paragraphs: string[]): string | null {
  const tail = paragraphs.slice(-4).reverse();
  for (const p of tail) {
    const line = p.trim();
    if (line.length > 120) continue;
    const m = COPYRIGHT.exec(line);
    const name = m?.[1]?.trim();
    if (name && /\p{L}/u.test(name) && !AGENCIES.includes(name)) return name;
  }
  return null;
}
const DATELINE = /^(?:published|updated|posted|first published|publié|veröffentlicht|pubblicato|نشر)\b[\s:,-]*(.+)$/i;

/** From plain text: a short first line is the headline, a "By …" line the byline, a "Published …" line the date. */
function fromText(paragraphs: string[]) {
  const found: { title?: string; authors?: string[]; publishedText?: string; publishedDate?: string; publisher?: string } = {};
  const credit = publisherFromCredit(paragraphs);
  if (credit) found.publisher = credit;
  const first = paragraphs[0]?.trim();
  if (first && first.length <= 200 && !/[.!?]["”']?$/.test(first)) found.title = first;
  for (const p of paragraphs.slice(0, 6)) {
    const by = BYLINE.exec(p.trim());
    if (by && !found.authors) found.authors = by[1]!.split(/\s*(?:,|\band\b|&|\bet\b|\bund\b|\be\b)\s*/).map((a) => a.trim()).filter((a) => a && !AGENCIES.includes(a));
    const dl = DATELINE.exec(p.trim());
    if (dl && !found.publishedDate) {
      const d = toIsoDayLoose(dl[1]!);
      if (d) {
        found.publishedDate = d;
        found.publishedText = p.trim();
      }
    }
  }
  return found;
}

function finish(article: ArticleText, source: ExtractedSource, origins: Record<string, string>, byline: string | null): Extraction {
  const t = fromText(article.paragraphs);
  const fill = <K extends keyof ExtractedSource>(k: K, v: ExtractedSource[K] | undefined, origin: string) => {
    const cur = source[k];
    if (v === undefined || v === null || (Array.isArray(v) && !v.length)) return;
    if (cur === null || (Array.isArray(cur) && !cur.length)) {
      source[k] = v;
      origins[k] = origin;
    }
  };
  fill("title", t.title, "text");
  fill("publisher", t.publisher, "the page's credit line");
  fill("authors", t.authors, "text");
  fill("publishedDate", t.publishedDate, "text");
  fill("publishedText", t.publishedText, "text");
  fill("agency", findAgency(article.paragraphs, byline), "text");
  fill("language", detectLanguage(article.text), "detected");
  if (source.language === "und") source.language = null;
  return { source, origins, article };
}

/** A pasted text; `copiedFrom` is the address the editor copied it from, when they give it. */
export function extractFromText(raw: string, copiedFrom?: string | null): Extraction {
  const article = toArticleText(splitParagraphs(raw));
  const url = copiedFrom?.trim() || null;
  const source: ExtractedSource = { title: null, publisher: null, agency: null, authors: [], publishedDate: null, publishedText: null, language: null, canonicalUrl: url };
  return finish(article, source, url ? { canonicalUrl: "the address you gave" } : {}, null);
}

export function extractFromHtml(html: string, pageUrl?: string | null): Extraction {
  const { document } = parseHTML(html);
  const meta = readPageMetadata(document as never);
  // Readability changes the document it reads: give it its own copy.
  const { document: copy } = parseHTML(html);
  let read: ReturnType<Readability<Node>["parse"]> = null;
  try {
    read = new Readability<Node>(copy as unknown as Document, { charThreshold: 200, serializer: (n) => n }).parse();
  } catch {
    read = null;
  }
  let paragraphs = read?.content ? paragraphsOf(read.content as never) : [];
  if (!paragraphs.length) {
    for (const el of Array.from(document.querySelectorAll("script, style, noscript, template, iframe, object, embed, nav, header, footer, aside, form"))) el.remove();
    paragraphs = paragraphsOf(document.body ?? document);
    if (!paragraphs.length) paragraphs = splitParagraphs(document.body?.textContent ?? "");
  }
  const article = toArticleText(paragraphs);
  const origins: Record<string, string> = { ...meta.origins };
  const publisher = meta.publisher ?? read?.siteName ?? null;
  if (!meta.publisher && publisher) origins.publisher = "Readability";
  let title = meta.title ?? read?.title ?? null;
  if (title && publisher) title = stripSiteName(title, publisher);
  const authors = meta.authors.length ? meta.authors : read?.byline ? [read.byline.replace(/^by\s+/i, "").trim()] : [];
  if (!meta.authors.length && authors.length) origins.authors = "Readability";
  const published = meta.published ?? read?.publishedTime ?? null;
  const source: ExtractedSource = {
    title,
    publisher,
    agency: null,
    authors,
    publishedDate: toIsoDayLoose(published),
    publishedText: null,
    language: meta.language ?? read?.lang ?? null,
    canonicalUrl: meta.canonicalUrl ?? pageUrl ?? null,
  };
  if (!meta.canonicalUrl && pageUrl) origins.canonicalUrl = "URL";
  return finish(article, source, origins, read?.byline ?? null);
}

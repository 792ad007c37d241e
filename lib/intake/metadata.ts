// A news page's own description of itself: JSON-LD (schema.org NewsArticle), Highwire `citation_*`
// meta, OpenGraph, Dublin Core, `<time datetime>`, `<link rel=canonical>`, `<html lang>`. The first
// of these that states a field wins, in that order: JSON-LD and citation_* are written for
// machines, OpenGraph for link previews (its titles often carry the site's name), Dublin Core is rare.

export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  authors: string[];
  /** As the page states it (an ISO timestamp, usually). */
  published: string | null;
  language: string | null;
  canonicalUrl: string | null;
  /** Which kind of metadata supplied each field, for the review screen ("JSON-LD", "OpenGraph"…). */
  origins: Partial<Record<"title" | "publisher" | "authors" | "published" | "language" | "canonicalUrl", string>>;
}

type Doc = { querySelectorAll(sel: string): ArrayLike<{ getAttribute(n: string): string | null; textContent: string | null }> };

const clean = (s: unknown): string | null => (typeof s === "string" && s.replace(/\s+/g, " ").trim() ? s.replace(/\s+/g, " ").trim() : null);

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|WebPage)$/;

function jsonLdArticles(doc: Doc): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o["@type"] ?? []);
    if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) found.push(o);
    if (o["@graph"]) visit(o["@graph"]);
  };
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(el.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is common; the other metadata still count.
    }
  }
  // Prefer a real article over a WebPage wrapper.
  return found.sort((a, b) => Number(String(b["@type"]).includes("Article")) - Number(String(a["@type"]).includes("Article")));
}

const nameOf = (v: unknown): string | null => (typeof v === "string" ? clean(v) : v && typeof v === "object" ? clean((v as Record<string, unknown>).name) : null);
const namesOf = (v: unknown): string[] => ([] as unknown[]).concat(v ?? []).map(nameOf).filter((n): n is string => !!n && !/^https?:/.test(n));

function metaAll(doc: Doc, ...keys: string[]): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").toLowerCase();
    if (keys.includes(key)) {
      const v = clean(el.getAttribute("content"));
      if (v) out.push(v);
    }
  }
  return out;
}

export function readPageMetadata(doc: Doc): PageMetadata {
  const m: PageMetadata = { title: null, publisher: null, authors: [], published: null, language: null, canonicalUrl: null, origins: {} };
  const set = <K extends keyof PageMetadata["origins"]>(field: K, value: PageMetadata[K] | null | undefined, origin: string) => {
    const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
    const has = m[field] !== null && !(Array.isArray(m[field]) && (m[field] as unknown[]).length === 0);
    if (empty || has) return;
    (m as unknown as Record<string, unknown>)[field] = value;
    m.origins[field] = origin;
  };
  for (const a of jsonLdArticles(doc)) {
    set("title", clean(a.headline) ?? clean(a.name), "JSON-LD");
    set("publisher", nameOf(a.publisher) ?? nameOf(a.sourceOrganization), "JSON-LD");
    set("authors", namesOf(a.author), "JSON-LD");
    set("published", clean(a.datePublished) ?? clean(a.dateCreated), "JSON-LD");
    set("language", clean(a.inLanguage), "JSON-LD");
    const page = a.mainEntityOfPage;
    set("canonicalUrl", clean(a.url) ?? (typeof page === "string" ? clean(page) : nameOf(page) ?? clean((page as Record<string, unknown> | undefined)?.["@id"])), "JSON-LD");
  }
  const first = (...keys: string[]) => metaAll(doc, ...keys)[0] ?? null;
  set("title", first("citation_title"), "citation_*");
  set("publisher", first("citation_publisher", "citation_journal_title", "citation_conference_title"), "citation_*");
  set("authors", metaAll(doc, "citation_author"), "citation_*");
  set("published", first("citation_publication_date", "citation_date", "citation_online_date"), "citation_*");
  set("language", first("citation_language"), "citation_*");
  set("canonicalUrl", first("citation_abstract_html_url", "citation_fulltext_html_url"), "citation_*");

  set("title", first("og:title", "twitter:title"), "OpenGraph");
  set("publisher", first("og:site_name"), "OpenGraph");
  set("authors", metaAll(doc, "article:author").filter((a) => !/^https?:/.test(a)), "OpenGraph");
  set("published", first("article:published_time", "og:published_time"), "OpenGraph");
  set("language", first("og:locale")?.replace("_", "-") ?? null, "OpenGraph");
  set("canonicalUrl", first("og:url"), "OpenGraph");

  set("title", first("dc.title", "dcterms.title"), "Dublin Core");
  set("publisher", first("dc.publisher", "dcterms.publisher"), "Dublin Core");
  set("authors", metaAll(doc, "dc.creator", "dcterms.creator"), "Dublin Core");
  set("published", first("dc.date", "dcterms.date", "dcterms.issued", "dc.date.issued"), "Dublin Core");
  set("language", first("dc.language", "dcterms.language"), "Dublin Core");

  set("authors", metaAll(doc, "author"), "meta author");
  set("published", first("date", "pubdate", "publishdate", "publish-date"), "meta date");
  const time = Array.from(doc.querySelectorAll("time[datetime]")).map((t) => clean(t.getAttribute("datetime")))[0];
  set("published", time, "<time>");
  const canonical = Array.from(doc.querySelectorAll('link[rel="canonical"]')).map((l) => clean(l.getAttribute("href")))[0];
  set("canonicalUrl", canonical, "<link rel=canonical>");
  const lang = Array.from(doc.querySelectorAll("html[lang]")).map((h) => clean(h.getAttribute("lang")))[0];
  set("language", lang, "<html lang>");
  const h1 = Array.from(doc.querySelectorAll("h1")).map((h) => clean(h.textContent))[0];
  set("title", h1, "<h1>");
  const title = Array.from(doc.querySelectorAll("title")).map((h) => clean(h.textContent))[0];
  set("title", title, "<title>");
  if (m.title && m.publisher) m.title = stripSiteName(m.title, m.publisher);
  return m;
}

/** "Palmyra arch destroyed | Reuters" → "Palmyra arch destroyed", when the tail is the publisher. */
export function stripSiteName(title: string, publisher: string): string {
  const seps = [...title.matchAll(/\s+[|–—-]\s+/g)];
  const last = seps[seps.length - 1];
  if (!last) return title;
  const tail = title.slice(last.index + last[0].length).toLowerCase();
  const pub = publisher.toLowerCase();
  return tail && (tail.includes(pub) || pub.includes(tail)) ? title.slice(0, last.index) : title;
}

// A Source (+ the passages quoted from it) → one CSL-JSON item, the common currency of citation
// tools: citation-js turns it into BibTeX, RIS and formatted styles; pandoc and Zotero read it as is.
import { formatInterval, toIsoDay, type DateInterval } from "@/lib/dates";
import type { SourceKind } from "@/lib/domain";

export type CslName = { family: string; given?: string } | { literal: string };
export type CslDate = { "date-parts": number[][] } | { literal: string };

export interface CslItem {
  id: string;
  "citation-key": string;
  type: string;
  title: string;
  "container-title"?: string;
  publisher?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  archive?: string;
  archive_location?: string;
  language?: string;
  note?: string;
}

export interface CitableSource {
  slug: string;
  title: string;
  publisher: string;
  authors: string[];
  kind: SourceKind;
  publishedEarliest: Date | string | null;
  publishedLatest: Date | string | null;
  publishedPrecision: DateInterval["precision"];
  url: string | null;
  archiveUrl: string | null;
  accessedAt: Date | string | null;
  language: string;
}

export interface CitedPassage {
  quote: string;
  paragraph: number | null;
}

// CSL types per kind. A news article is a newspaper article (the publisher is the "newspaper");
// a satellite assessment or NGO report is a report; an official statement has no closer type.
const CSL_TYPES: Record<SourceKind, string> = {
  NEWS_ARTICLE: "article-newspaper",
  OFFICIAL_STATEMENT: "document",
  SATELLITE_ASSESSMENT: "report",
  NGO_REPORT: "report",
  // The reference works cited are web pages (encyclopedia copies, guides), mostly undated: as an
  // encyclopedia entry with no encyclopedia named, styles printed a stray "In.".
  REFERENCE_WORK: "webpage",
};

/** "Weedah Hamzah" → family Hamzah, given Weedah; "Perry, Tom" as written; one word → literal. */
export function splitAuthor(name: string): CslName {
  const n = name.trim().replace(/\s+/g, " ");
  const comma = n.indexOf(",");
  if (comma > 0) return { family: n.slice(0, comma).trim(), given: n.slice(comma + 1).trim() };
  const space = n.lastIndexOf(" ");
  if (space <= 0) return { literal: n };
  return { family: n.slice(space + 1), given: n.slice(0, space) };
}

const parts = (day: string, depth: 1 | 2 | 3): number[] => day.split("-").slice(0, depth).map(Number);

/**
 * The publication date with its real precision: a day → [[y,m,d]], a month → [[y,m]], a year → [[y]].
 * A window between two known days is a CSL date range [[from],[to]] (CSL's own way to say "some
 * day between"; APA renders "2016, March 1–27"). A window with one bound cannot be written as
 * date-parts without claiming a date, so it is a literal ("before 27 March 2016"). Unknown → none.
 */
export function toCslIssued(iv: DateInterval): CslDate | undefined {
  const e = iv.earliest ? toIsoDay(iv.earliest) : null;
  const l = iv.latest ? toIsoDay(iv.latest) : null;
  if (!e && !l) return undefined;
  if (e && l) {
    switch (iv.precision) {
      case "YEAR":
        if (e.slice(0, 4) === l.slice(0, 4)) return { "date-parts": [parts(e, 1)] };
        break;
      case "MONTH":
        if (e.slice(0, 7) === l.slice(0, 7)) return { "date-parts": [parts(e, 2)] };
        break;
    }
    if (e === l) return { "date-parts": [parts(e, 3)] };
    return { "date-parts": [parts(e, 3), parts(l, 3)] };
  }
  return { literal: formatInterval(iv) };
}

/** Quoted passages as one note: “…” (¶ 3); “…”. */
export function passagesNote(passages: CitedPassage[]): string {
  return passages.map((p) => `“${p.quote}”${p.paragraph ? ` (¶ ${p.paragraph})` : ""}`).join("; ");
}

/** `key` is the readable citation key (lib/citations/keys.ts); without one, the slug. */
export function toCslItem(source: CitableSource, passages: CitedPassage[] = [], withQuotes = false, key = source.slug): CslItem {
  const type = CSL_TYPES[source.kind];
  const issued = toCslIssued({ earliest: source.publishedEarliest, latest: source.publishedLatest, precision: source.publishedPrecision });
  const note = [
    source.archiveUrl ? `Archived copy: ${source.archiveUrl}` : null,
    withQuotes && passages.length ? `Quoted: ${passagesNote(passages)}` : null,
  ].filter(Boolean);
  const item: CslItem = {
    id: source.slug,
    // Stable keys (lib/citations/keys.ts), so \cite{…} in a report keeps working across exports.
    "citation-key": key,
    type,
    title: source.title,
    publisher: source.publisher,
    language: source.language,
  };
  if (type === "article-newspaper") item["container-title"] = source.publisher;
  if (source.authors.length) item.author = source.authors.map(splitAuthor);
  if (issued) item.issued = issued;
  if (source.url) item.URL = source.url;
  if (source.accessedAt) item.accessed = { "date-parts": [parts(toIsoDay(source.accessedAt), 3)] };
  if (source.archiveUrl) {
    // CSL 1.0.2 has no archive-URL variable: archive_location is "the location within an archive";
    // styles that print it (APA) show the address, and the note carries it for BibTeX/RIS readers.
    item.archive = "Archived copy";
    item.archive_location = source.archiveUrl;
  }
  if (note.length) item.note = note.join("\n");
  return item;
}

// CSL items → the formats a report writer's tools read. citation-js does the formatting
// (BibTeX, RIS, CSL styles); we only choose options, add the header comment and the CSV.
import { toCsv } from "@/lib/csv";
import { formatBibliography } from "./bibliography";
import { formatBibtexEntries } from "./bibtex";
import type { CslDate, CslItem, CslName } from "./csl";
import { render } from "./engine";

import { CITATION_FORMATS, type CitationFormat } from "./format-names";

export { CITATION_FORMATS, type CitationFormat };

/** Our style names → CSL style ids (apa, harvard1 bundled with citation-js; the others in styles/). */
export const STYLES: Record<Extract<CitationFormat, "apa" | "chicago" | "mla" | "harvard">, { csl: string; label: string }> = {
  apa: { csl: "apa", label: "APA" },
  chicago: { csl: "chicago-author-date", label: "Chicago (author-date)" },
  mla: { csl: "modern-language-association", label: "MLA" },
  harvard: { csl: "harvard1", label: "Harvard" },
};

export interface ExportHeader {
  dataset: string; // e.g. "data as of 2026-11-22T03:12:34Z"
  query: string;
  generatedAt: string;
}

export interface Formatted {
  body: string;
  contentType: string;
  extension: string;
}

function headerLines(h: ExportHeader): string[] {
  return ["Heritage Watch citations", `Dataset: ${h.dataset}`, `Query: ${h.query}`, `Generated: ${h.generatedAt}`];
}

/**
 * BibTeX and RIS have no date ranges: a window between two days becomes the part both ends share
 * (same month → year and month; same year → the year). Windows across years keep the range start
 * year-only, which is what citation-js would print anyway, minus the false day.
 */
export function collapseRange(date: CslDate | undefined): CslDate | undefined {
  if (!date || !("date-parts" in date) || date["date-parts"].length < 2) return date;
  const [a = [], b = []] = date["date-parts"];
  const common: number[] = [];
  for (let i = 0; i < a.length && a[i] === b[i]; i++) common.push(a[i] as number);
  return { "date-parts": [common.length ? common : a.slice(0, 1)] };
}

const nameText = (n: CslName) => ("literal" in n ? n.literal : n.given ? `${n.family}, ${n.given}` : n.family);

function dateText(d: CslDate | undefined): string {
  if (!d) return "";
  if ("literal" in d) return d.literal;
  const pad = (p: number[]) => p.map((x, i) => (i ? String(x).padStart(2, "0") : String(x))).join("-");
  return d["date-parts"].map(pad).join("/");
}

const CSV_HEADER = ["key", "type", "title", "authors", "publisher", "issued", "url", "archive_url", "accessed", "language", "note"] as const;

export function formatCsv(items: CslItem[], opts: { bom?: boolean } = {}): string {
  const rows = items.map((i) => [
    i["citation-key"],
    i.type,
    i.title,
    (i.author ?? []).map(nameText).join("; "),
    i.publisher,
    dateText(i.issued),
    i.URL,
    i.archive_location,
    dateText(i.accessed),
    i.language,
    i.note,
  ]);
  return toCsv(CSV_HEADER, rows, opts);
}

/**
 * RIS lines written here rather than by citation-js's text writer: that one breaks every value at
 * 70 characters, and readers (citation-js's included) join continuation lines with a space, so a
 * long title came back with a stray space inside a word. RIS readers accept long lines.
 */
function formatRis(items: CslItem[]): string {
  const records = render("ris", items, { format: "object" }) as Record<string, string | string[]>[];
  // The RIS date form is YYYY/MM/DD/other, zero-padded; citation-js writes "2016/3/27/".
  const pad = (v: string) => v.replace(/^(\d{4})\/(\d{1,2})?\/(\d{1,2})?/, (_m, y, m, d) => `${y}/${m ? m.padStart(2, "0") : ""}/${d ? d.padStart(2, "0") : ""}`);
  const one = (tag: string, v: string) => `${tag}  - ${(tag === "DA" ? pad(v) : v).replace(/\s*\r?\n\s*/g, " ")}`;
  // citation-js cuts ID to 20 characters (an old RIS limit), so two slugs sharing a prefix would
  // collide; modern readers (Zotero, EndNote, Mendeley) take the whole key.
  records.forEach((r, i) => (r.ID = items[i]!["citation-key"]));
  return records
    .map(({ TY, ...tags }) => [one("TY", String(TY)), ...Object.entries(tags).flatMap(([t, v]) => [v].flat().map((x) => one(t, String(x)))), "ER  - "].join("\r\n"))
    .join("\r\n\r\n") + "\r\n";
}

const LATEX_SPECIAL = /[&%$#_]/g;
const TEXT_FIELDS = ["title", "container-title", "publisher", "note", "archive_location"] as const;

/** Text fields with LaTeX's special characters escaped (citation-js does it only in ASCII-only mode). */
function latexSafe(item: CslItem): CslItem {
  const esc = (v: string) => v.replace(LATEX_SPECIAL, (c) => `\\${c}`);
  const out: Record<string, unknown> = { ...item };
  for (const f of TEXT_FIELDS) if (typeof out[f] === "string") out[f] = esc(out[f] as string);
  if (Array.isArray(item.author)) out.author = item.author.map((a) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === "string" ? esc(v) : v])));
  return out as unknown as CslItem;
}

/**
 * `maxRendered` bounds the citeproc work of a formatted style (entries not rendered before, see
 * lib/citations/bibliography.ts); beyond it a FormatBudgetError is thrown.
 */
export function formatCitations(items: CslItem[], format: CitationFormat, opts: { html?: boolean; header?: ExportHeader; bom?: boolean; maxRendered?: number } = {}): Formatted {
  const { header } = opts;
  const noRanges = () => items.map((i) => ({ ...i, issued: collapseRange(i.issued) }));
  switch (format) {
    case "csl-json":
      return { body: JSON.stringify(items, null, 2) + "\n", contentType: "application/vnd.citationstyles.csl+json; charset=utf-8", extension: "json" };
    case "csv":
      return { body: formatCsv(items, opts), contentType: "text/csv; charset=utf-8", extension: "csv" };
    case "bibtex": {
      // @comment is the one comment form every BibTeX reader (bibtex, biber, pandoc, Zotero) skips.
      const top = header ? `@comment{${headerLines(header).join("\n")}}\n\n` : "";
      // Ranges stay: biblatex and pandoc read a `date` range; lib/citations/bibtex.ts explains.
      return { body: top + formatBibtexEntries(items.map(latexSafe)), contentType: "application/x-bibtex; charset=utf-8", extension: "bib" };
    }
    case "ris":
      // RIS has no comment syntax that every reader skips: the header goes in HTTP headers only.
      return { body: formatRis(noRanges()), contentType: "application/x-research-info-systems; charset=utf-8", extension: "ris" };
    default: {
      const template = STYLES[format].csl;
      if (opts.html) {
        const body = formatBibliography(items, template, "html", opts.maxRendered);
        const top = header ? `<!-- ${headerLines(header).join(" · ").replace(/--/g, "—")} -->\n` : "";
        return { body: top + body, contentType: "text/html; charset=utf-8", extension: "html" };
      }
      const body = formatBibliography(items, template, "text", opts.maxRendered);
      const top = header ? headerLines(header).map((l) => `# ${l}`).join("\n") + "\n\n" : "";
      return { body: top + body, contentType: "text/plain; charset=utf-8", extension: "txt" };
    }
  }
}

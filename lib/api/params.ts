// Query-string parsing shared by the /api/v1 route handlers: pure, zod-checked, with messages a
// person can act on. Several ids may be given by repeating a parameter or as a comma list.
import { z } from "zod";
import { CONFIDENCES, DAMAGE_EXTENTS, DAMAGE_METHODS } from "@/lib/domain";
import { parseIsoDay } from "@/lib/dates";
import { CITATION_FORMATS } from "@/lib/citations/format-names";
import { DISAGREEMENT_FILTERS } from "@/lib/event-filters";
import { parsePage, type PageParse } from "@/lib/paging";

/** ?event=a&event=b,c → ["a", "b", "c"] (trimmed, empty parts dropped, duplicates removed). */
export function listParam(params: URLSearchParams, name: string): string[] {
  const values = params.getAll(name).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  return [...new Set(values)];
}

const isoDay = z.string().refine((s) => parseIsoDay(s) !== null, { message: "must be a date as YYYY-MM-DD" });

const upper = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.array(z.string().transform((s) => s.toUpperCase()).pipe(z.enum(values, { error: () => `${label} must be one of ${values.join(", ")}` })));

/** The filters of the events list, shared by /api/v1/events, its CSV and the citation export. */
export const eventFilterSchema = z.object({
  monument: z.array(z.string()),
  method: upper(DAMAGE_METHODS, "method"),
  extent: upper(DAMAGE_EXTENTS, "extent"),
  confidence: upper(CONFIDENCES, "confidence"),
  actor: z.array(z.string()),
  // Accounts that disagree with another account of the same occurrence (any, or on date, extent…).
  disagreement: z.enum(DISAGREEMENT_FILTERS, { error: () => `disagreement must be one of ${DISAGREEMENT_FILTERS.join(", ")}` }).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
});
export type EventFilter = z.infer<typeof eventFilterSchema>;

export const EVENT_FILTER_KEYS = ["method", "extent", "confidence", "actor", "disagreement", "from", "to"] as const;

export function readEventFilter(params: URLSearchParams) {
  return eventFilterSchema.safeParse({
    monument: listParam(params, "monument"),
    method: listParam(params, "method"),
    extent: listParam(params, "extent"),
    confidence: listParam(params, "confidence"),
    actor: listParam(params, "actor"),
    disagreement: params.get("disagreement") ?? undefined,
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
  });
}

/** Does the query narrow the events (beyond naming monuments)? */
export function hasEventFilter(f: EventFilter): boolean {
  return f.method.length > 0 || f.extent.length > 0 || f.confidence.length > 0 || f.actor.length > 0 || !!f.disagreement || !!f.from || !!f.to;
}

const flag = z.enum(["0", "1", "true", "false"], { error: () => "must be 1 or 0" }).optional().transform((v) => v === "1" || v === "true");

export const citationQuerySchema = z.object({
  format: z.enum(CITATION_FORMATS, { error: () => `format must be one of ${CITATION_FORMATS.join(", ")}` }),
  event: z.array(z.string()),
  source: z.array(z.string()),
  html: flag,
  quotes: flag,
  bom: z.enum(["0", "1"], { error: () => "bom must be 1 or 0" }).optional().transform((v) => v !== "0"),
  // header=0 leaves out the comment naming dataset, query and time (for pasting into a report).
  header: z.enum(["0", "1"], { error: () => "header must be 1 or 0" }).optional().transform((v) => v !== "0"),
  // list=events: the events list as filtered (all published events when no filter is given), so
  // that the /events page cites exactly the events it shows, not also facts about a monument.
  list: z.enum(["events"], { error: () => "list must be events" }).optional(),
  // missing=skip: cite what is still published and name the rest in X-Export-Skipped (the basket).
  missing: z.enum(["skip"], { error: () => "missing must be skip" }).optional(),
});

export function readCitationQuery(params: URLSearchParams) {
  const filter = readEventFilter(params);
  const rest = citationQuerySchema.safeParse({
    format: params.get("format") ?? undefined,
    event: listParam(params, "event"),
    source: listParam(params, "source"),
    html: params.get("html") ?? undefined,
    quotes: params.get("quotes") ?? undefined,
    bom: params.get("bom") ?? undefined,
    header: params.get("header") ?? undefined,
    list: params.get("list") ?? undefined,
    missing: params.get("missing") ?? undefined,
  });
  const issues = [...(filter.success ? [] : filter.error.issues), ...(rest.success ? [] : rest.error.issues)];
  if (issues.length || !filter.success || !rest.success) {
    return { ok: false as const, message: issuesMessage(issues) };
  }
  const query = { ...rest.data, filter: filter.data };
  if (!query.list && !query.event.length && !query.source.length && !query.filter.monument.length && !hasEventFilter(query.filter)) {
    return { ok: false as const, message: "Say what to cite: monument=<slug>, event=<id>, source=<id or slug>, list=events, or an events filter (method, extent, confidence, actor, from, to)." };
  }
  return { ok: true as const, query };
}

export type CitationQuery = Extract<ReturnType<typeof readCitationQuery>, { ok: true }>["query"];

/** ?limit=&offset= or ?limit=&page= (lib/paging.ts): at most 500 rows a page, 50 unless told. */
export const API_PAGING = { defaultLimit: 50, maxLimit: 500 } as const;

export function readPage(params: URLSearchParams): PageParse {
  return parsePage({ page: params.get("page"), limit: params.get("limit"), offset: params.get("offset") }, API_PAGING);
}

/** zod issues → "field: message; field: message". */
export function issuesMessage(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join(".") || "query"}: ${i.message}`).join("; ");
}

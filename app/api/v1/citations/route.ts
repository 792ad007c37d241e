import { readCitationQuery } from "@/lib/api/params";
import { download, problem, requestUrl } from "@/lib/api/responses";
import { toCslItem } from "@/lib/citations/csl";
import { formatCitations, isStyle } from "@/lib/citations/format";
import { getDatasetVersion } from "@/lib/queries/dataset";
import { getCitedSources } from "@/lib/queries/export";

const MAX_FORMATTED = 250;

// GET /api/v1/citations?monument=<slug>&event=<id>&source=<id|slug>&format=…[&html=1][&quotes=1]
export async function GET(request: Request) {
  const url = requestUrl(request);
  const parsed = readCitationQuery(url.searchParams);
  if (!parsed.ok) return problem(400, parsed.message);
  const q = parsed.query;
  const [{ unknown, sources }, dataset] = await Promise.all([getCitedSources(q), getDatasetVersion()]);
  if (unknown.length && (!q.missing || !sources.length)) return problem(400, `Not found among published records: ${unknown.join(", ")}.`);
  // citeproc takes 5–8 ms per entry here (scripts/bench-export.mjs): cap what one request may cost.
  if (isStyle(q.format) && sources.length > MAX_FORMATTED) {
    return problem(400, `Formatted styles are limited to ${MAX_FORMATTED} sources per request (this selection has ${sources.length}): narrow the selection, or download BibTeX, RIS or CSL-JSON and format them in your reference manager.`);
  }
  const items = sources.map((s) => toCslItem(s, s.passages, q.quotes));
  const query = `${url.pathname}${url.search}`;
  const generatedAt = new Date().toISOString();
  const out = formatCitations(items, q.format, { html: q.html, bom: q.bom, header: q.header ? { dataset, query, generatedAt } : undefined });
  const name = q.filter.monument.length === 1 && !q.event.length && !q.source.length ? q.filter.monument[0] : "selection";
  return download(out.body, out.contentType, `heritage-watch-citations-${name}.${out.extension}`, {
    "Cache-Control": "no-store",
    "X-Dataset-Version": dataset,
    "X-Export-Query": query,
    "X-Generated-At": generatedAt,
    ...(unknown.length ? { "X-Export-Skipped": unknown.join(", ") } : {}),
  });
}

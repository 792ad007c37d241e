import { readCitationQuery } from "@/lib/api/params";
import { download, problem, requestUrl } from "@/lib/api/responses";
import { FormatBudgetError } from "@/lib/citations/bibliography";
import { toCslItem } from "@/lib/citations/csl";
import { formatCitations, STYLES } from "@/lib/citations/format";
import { getDatasetVersion } from "@/lib/queries/dataset";
import { getCitationKeys, getCitedSources } from "@/lib/queries/export";
import { saveRenderCache, warmRenderCache } from "@/lib/queries/render-cache-store";

// citeproc takes 5–8 ms per entry (scripts/bench-export.mjs); entries it rendered before, in this
// process, are reused (lib/citations/bibliography.ts), so what a request may cost is bounded by the
// entries citeproc must render for it, not by the size of the export: 250 is about 2 s.
const MAX_RENDERED = 250;

// GET /api/v1/citations?monument=<slug>&event=<id>&source=<id|slug>&format=…[&html=1][&quotes=1]
export async function GET(request: Request) {
  const url = requestUrl(request);
  const parsed = readCitationQuery(url.searchParams);
  if (!parsed.ok) return problem(400, parsed.message);
  const q = parsed.query;
  const [{ unknown, sources }, dataset, keys] = await Promise.all([getCitedSources(q), getDatasetVersion(), getCitationKeys()]);
  if (unknown.length && (!q.missing || !sources.length)) return problem(400, `Not found among published records: ${unknown.join(", ")}.`);
  const items = sources.map((s) => toCslItem(s, s.passages, q.quotes, keys.get(s.slug)));
  const query = `${url.pathname}${url.search}`;
  const generatedAt = new Date().toISOString();
  // A formatted style first takes what this or another server rendered before (kept in the database).
  const style = q.format in STYLES ? STYLES[q.format as keyof typeof STYLES] : null;
  if (style) await warmRenderCache(`${style.csl}|${q.html ? "html" : "text"}`);
  let out;
  try {
    out = formatCitations(items, q.format, { html: q.html, bom: q.bom, header: q.header ? { dataset, query, generatedAt } : undefined, maxRendered: MAX_RENDERED });
  } catch (e) {
    if (!(e instanceof FormatBudgetError)) throw e;
    await saveRenderCache(); // what was rendered before the budget ran out
    return problem(
      400,
      `Formatted styles format at most ${MAX_RENDERED} new entries per request; this selection of ${sources.length} sources needs at least ${e.needed} not formatted in this style yet. Narrow the selection (entries formatted once are reused, so exporting it in parts usually makes the whole fast), or download BibTeX, RIS or CSL-JSON and format them in your reference manager.`,
    );
  }
  if (style) await saveRenderCache();
  const name = q.filter.monument.length === 1 && !q.event.length && !q.source.length ? q.filter.monument[0] : "selection";
  return download(out.body, out.contentType, `heritage-watch-citations-${name}.${out.extension}`, {
    "Cache-Control": "no-store",
    "X-Dataset-Version": dataset,
    "X-Export-Query": query,
    "X-Generated-At": generatedAt,
    ...(unknown.length ? { "X-Export-Skipped": unknown.join(", ") } : {}),
  });
}

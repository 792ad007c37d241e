import { json, problem, requestUrl } from "@/lib/api/responses";
import { listSitesWithCounts, toApiSite } from "@/lib/queries/sites";

// GET /api/v1/sites/<slug> — one site with its counts.
export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  const [site] = (await listSitesWithCounts({ slugs: [slug] })).items;
  return site ? json(toApiSite(requestUrl(request).origin, site)) : problem(404, `No site "${slug}".`);
}

import { readPage } from "@/lib/api/params";
import { paginated, problem, requestUrl } from "@/lib/api/responses";
import { listSitesWithCounts, toApiSite } from "@/lib/queries/sites";

// GET /api/v1/sites — every site with its monuments counted by derived status.
export async function GET(request: Request) {
  const url = requestUrl(request);
  const page = readPage(url.searchParams);
  if (!page.ok) return problem(400, page.message);
  const sites = await listSitesWithCounts();
  const items = sites.slice(page.page.offset, page.page.offset + page.page.limit).map((s) => toApiSite(url.origin, s));
  return paginated(url, page.page, sites.length, items);
}

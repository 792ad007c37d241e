import { readPage } from "@/lib/api/params";
import { paginated, pastLastPageProblem, problem, requestUrl } from "@/lib/api/responses";
import { listSitesWithCounts, toApiSite } from "@/lib/queries/sites";

// GET /api/v1/sites — every site with its monuments counted by derived status.
export async function GET(request: Request) {
  const url = requestUrl(request);
  const page = readPage(url.searchParams);
  if (!page.ok) return problem(400, page.message);
  const { total, items } = await listSitesWithCounts(page.page);
  const past = pastLastPageProblem(url, page.page, total);
  if (past) return past;
  return paginated(url, page.page, total, items.map((s) => toApiSite(url.origin, s)));
}

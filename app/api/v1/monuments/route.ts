import { readMonumentFilter } from "@/lib/api/monument-filter";
import { readPage } from "@/lib/api/params";
import { paginated, pastLastPageProblem, problem, requestUrl } from "@/lib/api/responses";
import { listApiMonumentPage } from "@/lib/queries/api";

// GET /api/v1/monuments?status=destroyed&type=TEMPLE&limit=50&page=1
export async function GET(request: Request) {
  const url = requestUrl(request);
  const filter = readMonumentFilter(url.searchParams);
  if (!filter.ok) return problem(400, filter.message);
  const page = readPage(url.searchParams);
  if (!page.ok) return problem(400, page.message);
  const { total, items } = await listApiMonumentPage(url.origin, filter.filter, page.page);
  return pastLastPageProblem(url, page.page, total) ?? paginated(url, page.page, total, items);
}

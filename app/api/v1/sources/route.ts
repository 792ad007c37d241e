import { readPage } from "@/lib/api/params";
import { paginated, pastLastPageProblem, problem, requestUrl } from "@/lib/api/responses";
import { listApiSources } from "@/lib/queries/api";

export async function GET(request: Request) {
  const url = requestUrl(request);
  const page = readPage(url.searchParams);
  if (!page.ok) return problem(400, page.message);
  const { total, items } = await listApiSources(url.origin, page.page);
  return pastLastPageProblem(url, page.page, total) ?? paginated(url, page.page, total, items);
}

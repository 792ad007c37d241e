import { issuesMessage, readEventFilter, readPage } from "@/lib/api/params";
import { paginated, pastLastPageProblem, problem, requestUrl } from "@/lib/api/responses";
import { listApiEvents } from "@/lib/queries/api";

// GET /api/v1/events?monument=&method=&extent=&confidence=&actor=&from=&to=&limit=&page= (or offset=)
export async function GET(request: Request) {
  const url = requestUrl(request);
  const filter = readEventFilter(url.searchParams);
  if (!filter.success) return problem(400, issuesMessage(filter.error.issues));
  const page = readPage(url.searchParams);
  if (!page.ok) return problem(400, page.message);
  const { total, items } = await listApiEvents(url.origin, filter.data, page.page);
  return pastLastPageProblem(url, page.page, total) ?? paginated(url, page.page, total, items);
}

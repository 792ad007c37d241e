import { readMonumentFilter } from "@/lib/api/monument-filter";
import { readPage } from "@/lib/api/params";
import { paginated, problem, requestUrl } from "@/lib/api/responses";
import { listApiMonuments } from "@/lib/queries/api";

// GET /api/v1/monuments?status=destroyed&type=TEMPLE&limit=50&offset=0
export async function GET(request: Request) {
  const url = requestUrl(request);
  const filter = readMonumentFilter(url.searchParams);
  if (!filter.ok) return problem(400, filter.message);
  const page = readPage(url.searchParams);
  if (!page.ok) return problem(400, page.message);
  // Status is derived over all monuments (parents summarise components), so the page is cut after.
  const all = await listApiMonuments(url.origin, filter.filter);
  return paginated(url, page.page, all.length, all.slice(page.page.offset, page.page.offset + page.page.limit));
}

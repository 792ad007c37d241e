import { bomOf } from "@/lib/api/monument-filter";
import { issuesMessage, readEventFilter } from "@/lib/api/params";
import { download, problem, requestUrl } from "@/lib/api/responses";
import { eventsCsv } from "@/lib/api/tables";
import { listApiEvents } from "@/lib/queries/api";

// GET /api/v1/events.csv with the filters of /api/v1/events (all matching rows, no paging).
export async function GET(request: Request) {
  const url = requestUrl(request);
  const filter = readEventFilter(url.searchParams);
  if (!filter.success) return problem(400, issuesMessage(filter.error.issues));
  const { items } = await listApiEvents(url.origin, filter.data);
  return download(eventsCsv(items, { bom: bomOf(url.searchParams) }), "text/csv; charset=utf-8", "heritage-watch-events.csv");
}

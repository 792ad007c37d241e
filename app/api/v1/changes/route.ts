import { readPage } from "@/lib/api/params";
import { paginated, problem, requestUrl } from "@/lib/api/responses";
import { listChanges } from "@/lib/queries/changes";

// GET /api/v1/changes?since=2026-01-01T00:00:00Z[&limit=&offset=]
export async function GET(request: Request) {
  const url = requestUrl(request);
  const raw = url.searchParams.get("since");
  // An ISO 8601 date or date-time with a zone: a bare local time would mean different instants.
  if (!raw || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(raw) || Number.isNaN(Date.parse(raw))) {
    return problem(400, "since must be an ISO 8601 timestamp with a time zone, e.g. since=2026-01-01T00:00:00Z (or a date, 2026-01-01).");
  }
  const page = readPage(url.searchParams);
  if (!page.ok) return problem(400, page.message);
  const changes = await listChanges(new Date(raw), url.origin);
  return paginated(url, page.page, changes.length, changes.slice(page.page.offset, page.page.offset + page.page.limit));
}

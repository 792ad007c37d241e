import { bomOf } from "@/lib/api/monument-filter";
import { issuesMessage, readEventFilter } from "@/lib/api/params";
import { disposition, problem, requestUrl, streamed } from "@/lib/api/responses";
import { EVENT_CSV_HEADER, eventCsvValues } from "@/lib/api/tables";
import { csvLine } from "@/lib/csv";
import { eachApiEventBatch } from "@/lib/queries/api";

// GET /api/v1/events.csv with the filters of /api/v1/events (all matching rows, no paging),
// streamed a batch of rows at a time.
export async function GET(request: Request) {
  const url = requestUrl(request);
  const filter = readEventFilter(url.searchParams);
  if (!filter.success) return problem(400, issuesMessage(filter.error.issues));
  const bom = bomOf(url.searchParams);
  const data = filter.data;
  async function* lines() {
    yield (bom ? "\uFEFF" : "") + csvLine(EVENT_CSV_HEADER);
    for await (const batch of eachApiEventBatch(url.origin, data)) yield batch.map((e) => csvLine(eventCsvValues(e))).join("");
  }
  return streamed(lines(), { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": disposition("attachment", "heritage-watch-events.csv") });
}

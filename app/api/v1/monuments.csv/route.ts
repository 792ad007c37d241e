import { bomOf, readMonumentFilter } from "@/lib/api/monument-filter";
import { download, problem, requestUrl } from "@/lib/api/responses";
import { monumentsCsv } from "@/lib/api/tables";
import { listApiMonuments } from "@/lib/queries/api";

// GET /api/v1/monuments.csv?status=…&type=…[&bom=0]
export async function GET(request: Request) {
  const url = requestUrl(request);
  const filter = readMonumentFilter(url.searchParams);
  if (!filter.ok) return problem(400, filter.message);
  const monuments = await listApiMonuments(url.origin, filter.filter);
  return download(monumentsCsv(monuments, { bom: bomOf(url.searchParams) }), "text/csv; charset=utf-8", "heritage-watch-monuments.csv");
}

import { toFeatureCollection } from "@/lib/api/geojson";
import { readMonumentFilter } from "@/lib/api/monument-filter";
import { json, problem, requestUrl } from "@/lib/api/responses";
import { listApiMonuments } from "@/lib/queries/api";

// GET /api/v1/monuments.geojson?status=…&type=…: every matching monument, WGS84 [lon, lat].
export async function GET(request: Request) {
  const url = requestUrl(request);
  const filter = readMonumentFilter(url.searchParams);
  if (!filter.ok) return problem(400, filter.message);
  const monuments = await listApiMonuments(url.origin, filter.filter);
  return json(toFeatureCollection(monuments), {
    contentType: "application/geo+json; charset=utf-8",
    headers: { "Content-Disposition": 'inline; filename="heritage-watch-monuments.geojson"' },
  });
}

import { toFeature } from "@/lib/api/geojson";
import { readMonumentFilter } from "@/lib/api/monument-filter";
import { problem, requestUrl, streamed } from "@/lib/api/responses";
import { eachApiMonumentBatch } from "@/lib/queries/api";

// GET /api/v1/monuments.geojson?status=…&type=…: every matching monument, WGS84 [lon, lat],
// streamed a batch of features at a time.
export async function GET(request: Request) {
  const url = requestUrl(request);
  const filter = readMonumentFilter(url.searchParams);
  if (!filter.ok) return problem(400, filter.message);
  const data = filter.filter;
  async function* parts() {
    yield '{\n  "type": "FeatureCollection",\n  "features": [';
    let first = true;
    for await (const batch of eachApiMonumentBatch(url.origin, data)) {
      yield batch.map((m) => `${first ? ((first = false), "\n    ") : ",\n    "}${JSON.stringify(toFeature(m))}`).join("");
    }
    yield "\n  ]\n}\n";
  }
  return streamed(parts(), { "Content-Type": "application/geo+json; charset=utf-8", "Content-Disposition": 'inline; filename="heritage-watch-monuments.geojson"' });
}

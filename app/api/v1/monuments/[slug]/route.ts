import { readMonumentFilter } from "@/lib/api/monument-filter";
import { json, problem, requestUrl } from "@/lib/api/responses";
import { getApiMonument, listApiEvents } from "@/lib/queries/api";

// GET /api/v1/monuments/<slug>[?asOf=YYYY-MM-DD[&clock=reported]]: the monument, its status (on
// that day, on either clock), and its published events.
export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  const url = requestUrl(request);
  const reading = readMonumentFilter(url.searchParams);
  if (!reading.ok) return problem(400, reading.message);
  const origin = url.origin;
  const monument = await getApiMonument(origin, slug, reading.filter.asOf, reading.filter.clock);
  if (!monument) return problem(404, `No published monument "${slug}".`);
  const events = await listApiEvents(origin, { monument: [slug], method: [], extent: [], confidence: [], actor: [] });
  return json({ ...monument, events: events.items });
}

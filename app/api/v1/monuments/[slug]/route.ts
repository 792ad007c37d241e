import { json, problem, requestUrl } from "@/lib/api/responses";
import { listApiEvents, listApiMonuments } from "@/lib/queries/api";

// GET /api/v1/monuments/<slug>: the monument and its published events.
export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  const origin = requestUrl(request).origin;
  const monument = (await listApiMonuments(origin, { status: [], type: [], clock: "event" })).find((m) => m.slug === slug);
  if (!monument) return problem(404, `No published monument "${slug}".`);
  const events = await listApiEvents(origin, { monument: [slug], method: [], extent: [], confidence: [], actor: [] });
  return json({ ...monument, events: events.items });
}

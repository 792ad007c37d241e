import { json, problem, requestUrl } from "@/lib/api/responses";
import { getApiEvent } from "@/lib/queries/api";

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const event = await getApiEvent(requestUrl(request).origin, id);
  return event ? json(event) : problem(404, `No published event "${id}".`);
}

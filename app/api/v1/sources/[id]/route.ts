import { json, problem, requestUrl } from "@/lib/api/responses";
import { getApiSource } from "@/lib/queries/api";

// GET /api/v1/sources/<id or slug>
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const source = await getApiSource(requestUrl(request).origin, id);
  return source ? json(source) : problem(404, `No published source "${id}".`);
}

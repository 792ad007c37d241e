import { problem } from "@/lib/api/responses";
import { atomResponse } from "@/lib/feeds/respond";
import { getMonumentBySlug } from "@/lib/queries/monuments";

// GET /monuments/<slug>/feed.xml — published changes to one monument: its record, its damage reports, their sources.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const monument = await getMonumentBySlug(slug);
  if (!monument) return problem(404, "No such monument.");
  return atomResponse(request, { kind: "monument", monumentId: monument.id }, { title: `Heritage Watch: ${monument.name}`, subtitle: `Published changes about ${monument.name}.`, page: `/monuments/${slug}` });
}

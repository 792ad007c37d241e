import { problem } from "@/lib/api/responses";
import { atomResponse } from "@/lib/feeds/respond";
import { getSiteBySlug } from "@/lib/queries/sites";

// GET /sites/<slug>/feed.xml — published changes about one site's monuments, its sources and who held it.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const site = await getSiteBySlug((await params).slug);
  if (!site) return problem(404, "No such site.");
  return atomResponse(request, { kind: "site", siteId: site.id }, { title: `Heritage Watch: ${site.name}`, subtitle: `Published changes about ${site.name}, ${site.country}.`, page: `/sites/${site.slug}` });
}

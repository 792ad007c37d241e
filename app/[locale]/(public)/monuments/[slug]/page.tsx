import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { monumentFeeds, MonumentView } from "@/components/monument-view";
import { getLastUpdated } from "@/lib/queries/freshness";
import { getMonumentBySlug, listMonuments } from "@/lib/queries/monuments";

// Rendered on its first request, then cached; refreshed by revalidatePublicPages() on edit
// (lib/cache-tags.ts). Nothing is prerendered per monument, so the build does not grow with the
// dataset; the empty list is what lets Next cache a page it did not build (ISR at run time).
// ?asOf= never reaches this page: proxy.ts rewrites it to ./as-of/[date]/[clock].
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const monument = await getMonumentBySlug((await params).slug);
  return monument ? { title: monument.name, alternates: { types: monumentFeeds(monument.slug, monument.name) } } : { title: "Monument not found" };
}

export default async function MonumentPage({ params }: Props) {
  const monument = await getMonumentBySlug((await params).slug);
  if (!monument) notFound();
  // The map beside it shows the monument's own site only: the page does not grow with the other sites.
  const siteMonuments = await listMonuments(undefined, "event", [monument.site.slug]);
  const updated = await getLastUpdated({ kind: "monument", monumentId: monument.id });
  return <MonumentView monument={monument} siteMonuments={siteMonuments} updated={updated} />;
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { monumentFeeds, MonumentView } from "@/components/monument-view";
import { getLastUpdated } from "@/lib/queries/freshness";
import { getMonumentBySlug, listMonuments, listMonumentSlugs } from "@/lib/queries/monuments";

// Cached: prerendered at build, refreshed by revalidatePublicPages() on edit (lib/cache-tags.ts).
// ?asOf= never reaches this page: next.config.ts rewrites it to ./as-of/[date].
export const revalidate = 3600;

export async function generateStaticParams() {
  return listMonumentSlugs();
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const monument = await getMonumentBySlug((await params).slug);
  return monument ? { title: monument.name, alternates: { types: monumentFeeds(monument.slug, monument.name) } } : { title: "Monument not found" };
}

export default async function MonumentPage({ params }: Props) {
  const [monument, siteMonuments] = await Promise.all([getMonumentBySlug((await params).slug), listMonuments()]);
  if (!monument) notFound();
  const updated = await getLastUpdated({ kind: "monument", monumentId: monument.id });
  return <MonumentView monument={monument} siteMonuments={siteMonuments} updated={updated} />;
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteOverview } from "@/components/site-overview";
import { FEED_PATHS } from "@/lib/feeds/paths";
import { getLastUpdated } from "@/lib/queries/freshness";
import { getSiteBySlug, getSiteOverview } from "@/lib/queries/sites";
import { siteTitle } from "@/lib/site-text";
import { localeOf } from "@/lib/page-locale";

// One site: rendered on its first request, never at build (no site is listed here: the build does
// not grow with the dataset), then cached and refreshed on edit like the monument pages (lib/cache-tags.ts).
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSiteBySlug((await params).slug);
  if (!site) return { title: "Site not found" };
  return { title: siteTitle(site), alternates: { types: { "application/atom+xml": [{ url: FEED_PATHS.site(site.slug), title: `Heritage Watch: ${site.name}` }] } } };
}

export default async function SitePage({ params }: Props) {
  const locale = await localeOf(params);
  const site = await getSiteBySlug((await params).slug);
  if (!site) notFound();
  const [overview, updated] = await Promise.all([getSiteOverview(site), getLastUpdated({ kind: "site", siteId: site.id })]);
  return <SiteOverview site={site} {...overview} updated={updated} permalink={`/sites/${site.slug}`} locale={locale} />;
}

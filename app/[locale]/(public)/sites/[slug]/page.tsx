import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteOverview } from "@/components/site-overview";
import { feedAlternates, FEED_PATHS } from "@/lib/feeds/paths";
import { nameIn } from "@/lib/messages";
import { getLastUpdated } from "@/lib/queries/freshness";
import { getSiteBySlug, getSiteOverview } from "@/lib/queries/sites";
import { siteTitleIn } from "@/lib/site-text";
import { i18nOf, localeOf } from "@/lib/page-locale";

// One site: rendered on its first request, never at build (no site is listed here: the build does
// not grow with the dataset), then cached and refreshed on edit like the monument pages (lib/cache-tags.ts).
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [site, i18n] = await Promise.all([getSiteBySlug((await params).slug), i18nOf(params)]);
  if (!site) return { title: i18n.t("sites.notFound") };
  return { title: siteTitleIn(site, i18n), alternates: { types: feedAlternates(i18n.t, { url: FEED_PATHS.site(site.slug), name: nameIn(i18n.locale, site).value }) } };
}

export default async function SitePage({ params }: Props) {
  const locale = await localeOf(params);
  const site = await getSiteBySlug((await params).slug);
  if (!site) notFound();
  const [overview, updated] = await Promise.all([getSiteOverview(site), getLastUpdated({ kind: "site", siteId: site.id })]);
  return <SiteOverview site={site} {...overview} updated={updated} permalink={`/sites/${site.slug}`} locale={locale} />;
}

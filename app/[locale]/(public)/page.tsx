import type { Metadata } from "next";
import { SiteOverview } from "@/components/site-overview";
import { FEED_PATHS } from "@/lib/feeds/paths";
import { getLastUpdated } from "@/lib/queries/freshness";
import { getDefaultSite, getSiteOverview } from "@/lib/queries/sites";
import { siteTitle } from "@/lib/site-text";
import { RenderedOnRequest } from "@/components/rendered-on-request";
import { isBuildTime } from "@/lib/env";
import { localeOf } from "@/lib/page-locale";

// The default site's overview (DEFAULT_SITE, else the first site: Palmyra). Static, refreshed on edit (lib/cache-tags.ts).
export const revalidate = 3600;

export async function generateMetadata(): Promise<Metadata> {
  const site = await getDefaultSite();
  const feeds = [{ url: FEED_PATHS.all, title: "Heritage Watch: published changes" }];
  if (site) feeds.push({ url: FEED_PATHS.site(site.slug), title: `Heritage Watch: ${site.name}` });
  return { ...(site ? { title: { absolute: `Heritage Watch: ${siteTitle(site)}` } } : {}), alternates: { types: { "application/atom+xml": feeds } } };
}

export default async function OverviewPage({ params }: { params: Promise<{ locale: string }> }) {
  if (isBuildTime()) return <RenderedOnRequest />;
  const locale = await localeOf(params);
  const site = await getDefaultSite();
  if (!site) return <p>No site has been recorded yet.</p>;
  const [overview, updated] = await Promise.all([getSiteOverview(site), getLastUpdated({ kind: "all" })]);
  return <SiteOverview site={site} {...overview} updated={updated} permalink="/" locale={locale} />;
}

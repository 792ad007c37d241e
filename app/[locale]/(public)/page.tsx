import type { Metadata } from "next";
import { SiteOverview } from "@/components/site-overview";
import { feedAlternates, FEED_PATHS } from "@/lib/feeds/paths";
import { nameIn, t } from "@/lib/messages";
import { getLastUpdated } from "@/lib/queries/freshness";
import { getDefaultSite, getSiteOverview } from "@/lib/queries/sites";
import { siteTitleIn } from "@/lib/site-text";
import { RenderedOnRequest } from "@/components/rendered-on-request";
import { isBuildTime } from "@/lib/env";
import { i18nOf, localeOf } from "@/lib/page-locale";

// The default site's overview (DEFAULT_SITE, else the first site: Palmyra). Static, refreshed on edit (lib/cache-tags.ts).
export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const [site, i18n] = await Promise.all([getDefaultSite(), i18nOf(params)]);
  return {
    ...(site ? { title: { absolute: i18n.t("feeds.of", { name: siteTitleIn(site, i18n) }) } } : {}),
    alternates: { types: feedAlternates(i18n.t, site ? { url: FEED_PATHS.site(site.slug), name: nameIn(i18n.locale, site).value } : undefined) },
  };
}

export default async function OverviewPage({ params }: { params: Promise<{ locale: string }> }) {
  if (isBuildTime()) return <RenderedOnRequest />;
  const locale = await localeOf(params);
  const site = await getDefaultSite();
  if (!site) return <p>{t("sites.noneYet", {}, locale)}</p>;
  const [overview, updated] = await Promise.all([getSiteOverview(site), getLastUpdated({ kind: "all" })]);
  return <SiteOverview site={site} {...overview} updated={updated} permalink="/" locale={locale} />;
}

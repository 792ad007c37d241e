import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { monumentFeeds, MonumentView } from "@/components/monument-view";
import { getLastUpdated } from "@/lib/queries/freshness";
import { getMonumentBySlug, listSiteMapWindow } from "@/lib/queries/monuments";
import { getI18n, nameIn } from "@/lib/messages";
import { localeOf } from "@/lib/page-locale";

// Rendered on its first request, then cached; refreshed by revalidatePublicPages() on edit
// (lib/cache-tags.ts). Nothing is prerendered per monument, so the build does not grow with the
// dataset; the empty list is what lets Next cache a page it did not build (ISR at run time).
// ?asOf= never reaches this page: proxy.ts rewrites it to ./as-of/[date]/[clock].
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [monument, locale] = await Promise.all([getMonumentBySlug((await params).slug), localeOf(params)]);
  return monument ? { title: nameIn(locale, monument).value, alternates: { types: monumentFeeds(monument, locale) } } : { title: getI18n(locale).t("monument.notFound") };
}

export default async function MonumentPage({ params }: Props) {
  const [monument, locale] = await Promise.all([getMonumentBySlug((await params).slug), localeOf(params)]);
  if (!monument) notFound();
  // The map beside it shows the monument's own site only, and of a big site the nearest monuments:
  // the page does not grow with the dataset.
  const { total, monuments: siteMonuments } = await listSiteMapWindow(monument);
  const updated = await getLastUpdated({ kind: "monument", monumentId: monument.id });
  return <MonumentView monument={monument} siteMonuments={siteMonuments} siteTotal={total} updated={updated} locale={locale} />;
}

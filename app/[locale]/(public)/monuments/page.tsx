import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { MonumentList } from "@/components/monument-list";
import { PageMeta } from "@/components/page-meta";
import { monumentDownloads } from "@/lib/downloads";
import { isLocale, type Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";
import { getLastUpdated } from "@/lib/queries/freshness";
import { listMonuments } from "@/lib/queries/monuments";
import { listSites } from "@/lib/queries/sites";
import { RenderedOnRequest } from "@/components/rendered-on-request";
import { isBuildTime } from "@/lib/env";

type Props = { params: Promise<{ locale: string }> };
const localeOf = async (params: Props["params"]): Promise<Locale> => {
  const { locale } = await params;
  return isLocale(locale) ? locale : "en";
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getI18n(await localeOf(params)).t("monuments.title") };
}

// Static, refreshed on edit (lib/cache-tags.ts).
export const revalidate = 3600;

export default async function MonumentsPage({ params }: Props) {
  if (isBuildTime()) return <RenderedOnRequest />;
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  const [monuments, sites, updated] = await Promise.all([listMonuments(), listSites(), getLastUpdated({ kind: "all" })]);
  const bySite = sites.map((site) => ({ site, monuments: monuments.filter((m) => m.siteId === site.id) })).filter((g) => g.monuments.length);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">{t("monuments.title")}</h1>
      <p className="text-stone-700">
        {bySite.length === 1
          ? t("monuments.countOneSite", { count: monuments.length, site: bySite[0]!.site.name })
          : t("monuments.countSites", { count: monuments.length, sites: bySite.length })}
      </p>
      {bySite.length === 1 ? (
        <MonumentList monuments={monuments} locale={locale} />
      ) : (
        bySite.map(({ site, monuments: own }) => (
          <section key={site.slug} aria-labelledby={`site-${site.slug}`} className="space-y-2">
            <h2 id={`site-${site.slug}`} className="text-xl font-semibold">
              <Link href={`/sites/${site.slug}`} className="text-blue-800 underline">{site.name}</Link>, {site.country}
            </h2>
            <MonumentList monuments={own} locale={locale} />
          </section>
        ))
      )}
      <PageMeta updated={updated} downloads={monumentDownloads()} permalink="/monuments" locale={locale} />
    </div>
  );
}

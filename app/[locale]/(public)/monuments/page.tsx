import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { LocalName } from "@/components/local-name";
import { MonumentList } from "@/components/monument-list";
import { PageMeta } from "@/components/page-meta";
import { Pager } from "@/components/pager";
import { PageProblems } from "@/components/page-problems";
import { monumentDownloads, siteDownloads } from "@/lib/downloads";
import { isLocale, type Locale } from "@/lib/locales";
import { getI18n, nameIn } from "@/lib/messages";
import { firstParam, readListPage, toSearchParams, type SearchParams } from "@/lib/paging";
import { getLastUpdated } from "@/lib/queries/freshness";
import { listMonumentPage } from "@/lib/queries/monuments";
import { listSitesWithMonuments } from "@/lib/queries/sites";

type Props = { params: Promise<{ locale: string }> };
const localeOf = async (params: Props["params"]): Promise<Locale> => {
  const { locale } = await params;
  return isLocale(locale) ? locale : "en";
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getI18n(await localeOf(params)).t("monuments.title") };
}

/** 100 monuments a page, each with its components (a few dozen kilobytes). */
const MONUMENTS_PAGING = { defaultLimit: 100, maxLimit: 200 };

// Paged by its query string (?page=&limit=; ?site=<slug> keeps one site's monuments): rendered per
// request, one page read in SQL, site by site.
export default async function MonumentsPage({ searchParams, params: route }: Props & { searchParams: Promise<SearchParams> }) {
  const locale = await localeOf(route);
  const { t, comma, country } = getI18n(locale);
  const params = await searchParams;
  const { page, problems } = readListPage({ page: firstParam(params.page), limit: firstParam(params.limit) }, MONUMENTS_PAGING, locale);
  const sites = await listSitesWithMonuments();
  const asked = firstParam(params.site);
  const site = asked ? sites.find((s) => s.slug === asked) : undefined;
  const siteProblems = asked && !site ? [t("monuments.noSuchSite", { site: asked })] : [];
  const [{ total, all, items }, updated] = await Promise.all([
    listMonumentPage({ offset: page.offset, limit: page.limit, nested: true, sites: site ? [site.slug] : [] }),
    getLastUpdated(site ? { kind: "site", siteId: site.id } : { kind: "all" }),
  ]);
  const listedSites = site ? [site] : sites;
  const bySite = listedSites.map((s) => ({ site: s, monuments: items.filter((m) => m.siteId === s.id) })).filter((g) => g.monuments.length);
  const shownTop = items.filter((m) => !m.parentId).length;
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">{t("monuments.title")}</h1>
      <p className="text-stone-700">
        {listedSites.length === 1
          ? t("monuments.countOneSite", { count: all, site: nameIn(locale, listedSites[0]!).value })
          : t("monuments.countSites", { count: all, sites: listedSites.length })}
      </p>
      <PageProblems problems={[...siteProblems, ...problems(total)]} />
      {listedSites.length === 1 ? (
        <MonumentList monuments={items} locale={locale} />
      ) : (
        bySite.map(({ site: s, monuments: own }) => (
          <section key={s.slug} aria-labelledby={`site-${s.slug}`} className="space-y-2">
            <h2 id={`site-${s.slug}`} className="text-xl font-semibold">
              <Link href={`/sites/${s.slug}`} className="text-blue-800 underline"><LocalName of={s} locale={locale} /></Link>{comma}{country(s.countryCode, s.country)}
            </h2>
            <MonumentList monuments={own} locale={locale} />
          </section>
        ))
      )}
      <Pager path="/monuments" params={toSearchParams(params)} page={page} defaultLimit={MONUMENTS_PAGING.defaultLimit} total={total} rowsOnPage={shownTop} noun="monuments" locale={locale} />
      <PageMeta updated={updated} downloads={site ? siteDownloads(site.slug) : monumentDownloads()} permalink={site ? `/monuments?site=${site.slug}` : "/monuments"} locale={locale} />
    </div>
  );
}

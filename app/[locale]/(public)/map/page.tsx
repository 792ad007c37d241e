import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { LocalName } from "@/components/local-name";
import { MapFilterForm } from "@/components/map/map-filter-form";
import { PageMeta } from "@/components/page-meta";
import { monumentDownloads } from "@/lib/downloads";
import { getLastUpdated } from "@/lib/queries/freshness";
import { SiteMap } from "@/components/map/site-map";
import { asOfRange } from "@/lib/as-of-route";
import { COVERAGE_START } from "@/lib/coverage";
import { filterByStatus, mapQuery, mapReading, parseMapFilters } from "@/lib/map";
import { getI18n, nameIn } from "@/lib/messages";
import { localeOf } from "@/lib/page-locale";
import { listMonuments } from "@/lib/queries/monuments";
import { getDefaultSite, listSitesWithMonuments } from "@/lib/queries/sites";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: getI18n(await localeOf(params)).t("map.title") };
}

/** How many monuments the list beside the map names; a bigger site's are all drawn, and listed page by page on /monuments. */
const MAP_LIST_SHOWN = 100;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>>; params: Promise<{ locale: string }> };

// Per request: the filters are in the URL (status, asOf, clock), so a filtered map is a link.
export default async function MapPage({ searchParams, params }: Props) {
  const locale = await localeOf(params);
  const i18n = getI18n(locale);
  const { t } = i18n;
  const { filters, errors } = parseMapFilters(await searchParams, asOfRange(COVERAGE_START), locale);
  const [sites, fallback, updated] = await Promise.all([listSitesWithMonuments(), getDefaultSite(), getLastUpdated({ kind: "all" })]);
  // One site at a time (default: the site / shows), so the page stays the same size however many sites there are.
  const asked = filters.site ? sites.find((s) => s.slug === filters.site) : undefined;
  const site = asked ?? fallback;
  if (filters.site && !asked && site) errors.push(t("map.noSuchSite", { site: filters.site, shown: nameIn(locale, site).value }));
  const monuments = site ? await listMonuments(filters.asOf, filters.clock, [site.slug]) : [];
  const drawn = { ...filters, site: site && site.slug !== fallback?.slug ? site.slug : undefined };
  const query = mapQuery(drawn);
  const shown = filterByStatus(monuments, filters.statuses);
  const others = sites.filter((s) => s.slug !== site?.slug);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">{t("map.title")}</h1>
      <p className="max-w-prose text-stone-700">{t("map.intro")}</p>
      <MapFilterForm filters={drawn} locale={locale} />
      {errors.length ? (
        <ul role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          {errors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      ) : null}
      {site ? <SiteMap site={site} monuments={shown} total={monuments.length} listWindow={{ limit: MAP_LIST_SHOWN, href: `/monuments?site=${site.slug}` }} reading={mapReading(filters.asOf, filters.clock, i18n)} locale={locale} /> : null}
      {others.length ? (
        <nav aria-labelledby="map-other-sites" className="text-sm">
          <p id="map-other-sites">{t("map.otherSites")}</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {others.map((s) => (
              <li key={s.slug}>
                <Link href={`/map?${mapQuery({ ...filters, site: s.slug })}`} className="text-blue-800 underline"><LocalName of={s} locale={locale} /></Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <PageMeta updated={updated} downloads={monumentDownloads(query)} permalink={query ? `/map?${query}` : "/map"} locale={locale} />
    </div>
  );
}

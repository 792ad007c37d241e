import type { Metadata } from "next";
import { MapFilterForm } from "@/components/map/map-filter-form";
import { PageMeta } from "@/components/page-meta";
import { monumentDownloads } from "@/lib/downloads";
import { getLastUpdated } from "@/lib/queries/freshness";
import { SiteMap } from "@/components/map/site-map";
import { asOfRange } from "@/lib/as-of-route";
import { COVERAGE_START } from "@/lib/coverage";
import { filterByStatus, mapQuery, mapReading, parseMapFilters } from "@/lib/map";
import { getI18n } from "@/lib/messages";
import { localeOf } from "@/lib/page-locale";
import { listMonuments } from "@/lib/queries/monuments";
import { listSites } from "@/lib/queries/sites";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: getI18n(await localeOf(params)).t("map.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>>; params: Promise<{ locale: string }> };

// Per request: the filters are in the URL (status, asOf, clock), so a filtered map is a link.
export default async function MapPage({ searchParams, params }: Props) {
  const locale = await localeOf(params);
  const i18n = getI18n(locale);
  const { t } = i18n;
  const { filters, errors } = parseMapFilters(await searchParams, asOfRange(COVERAGE_START));
  const [monuments, sites, updated] = await Promise.all([listMonuments(filters.asOf, filters.clock), listSites(), getLastUpdated({ kind: "all" })]);
  const query = mapQuery(filters);
  const site = sites[0];
  const shown = filterByStatus(monuments, filters.statuses);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">{t("map.title")}</h1>
      <p className="max-w-prose text-stone-700">{t("map.intro")}</p>
      <MapFilterForm filters={filters} locale={locale} />
      {errors.length ? (
        <ul role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          {errors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      ) : null}
      {site ? <SiteMap site={site} monuments={shown} total={monuments.length} reading={mapReading(filters.asOf, filters.clock, i18n)} locale={locale} /> : null}
      <PageMeta updated={updated} downloads={monumentDownloads(query)} permalink={query ? `/map?${query}` : "/map"} locale={locale} />
    </div>
  );
}

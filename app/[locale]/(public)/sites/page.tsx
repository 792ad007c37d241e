import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { LocalName } from "@/components/local-name";
import { PageMeta } from "@/components/page-meta";
import { StatusBadge } from "@/components/status-badge";
import { STATUSES } from "@/lib/domain";
import { FEED_PATHS } from "@/lib/feeds/paths";
import { i18nOf } from "@/lib/page-locale";
import { getLastUpdated } from "@/lib/queries/freshness";
import { listSitesWithCounts } from "@/lib/queries/sites";
import { Pager } from "@/components/pager";
import { PageProblems } from "@/components/page-problems";
import { firstParam, readListPage, toSearchParams, type SearchParams } from "@/lib/paging";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await i18nOf(params)).t("sites.title") };
}

/** 50 sites a page: a row each, with its counts. */
const SITES_PAGING = { defaultLimit: 50, maxLimit: 200 };

// Paged by its query string (?page=&limit=): rendered per request, one page of sites counted in SQL
// (and kept by the server's response cache until an edit: scripts/server.mjs).
export default async function SitesPage({ params, searchParams }: Props & { searchParams: Promise<SearchParams> }) {
  const { t, number, locale, country } = await i18nOf(params);
  const query = await searchParams;
  const { page, problems } = readListPage({ page: firstParam(query.page), limit: firstParam(query.limit) }, SITES_PAGING, locale);
  const [{ total, items: sites }, updated] = await Promise.all([listSitesWithCounts(page), getLastUpdated({ kind: "all" })]);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-semibold">{t("sites.title")}</h1>
      <p className="max-w-prose text-stone-700">{t("sites.listIntro")}</p>
      <PageProblems problems={problems(total)} />
      {sites.length ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start text-sm" data-testid="site-list">
            <caption className="sr-only">{t("sites.tableCaption")}</caption>
            <thead>
              <tr className="border-b border-stone-300 text-start">
                <th scope="col" className="py-2 pe-3 text-start">{t("sites.site")}</th>
                <th scope="col" className="py-2 pe-3 text-start">{t("sites.country")}</th>
                <th scope="col" className="py-2 pe-3 text-end">{t("sites.monuments")}</th>
                <th scope="col" className="py-2 pe-3 text-end">{t("sites.claims")}</th>
                <th scope="col" className="py-2 text-start">{t("sites.statuses")}</th>
              </tr>
            </thead>
            <tbody>
              {sites.map((s) => (
                <tr key={s.slug} className="border-b border-stone-200 align-top" data-site={s.slug}>
                  <th scope="row" className="py-2 pe-3 text-start font-medium">
                    <Link href={`/sites/${s.slug}`} className="text-blue-800 underline"><LocalName of={s} locale={locale} /></Link>
                  </th>
                  <td className="py-2 pe-3">{country(s.countryCode, s.country)}</td>
                  <td className="py-2 pe-3 text-end" data-testid="monument-count">{number(s.monumentCount)}</td>
                  <td className="py-2 pe-3 text-end" data-testid="event-count">{number(s.eventCount)}</td>
                  <td className="py-2">
                    <ul className="flex flex-wrap gap-2">
                      {STATUSES.filter((st) => s.statusCounts.get(st)).map((st) => (
                        <li key={st}>
                          <StatusBadge status={st} /> <span className="font-semibold">{number(s.statusCounts.get(st) ?? 0)}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("sites.none")}</p>
      )}
      <Pager path="/sites" params={toSearchParams(query)} page={page} defaultLimit={SITES_PAGING.defaultLimit} total={total} rowsOnPage={sites.length} noun="sites" locale={locale} />
      <PageMeta updated={updated} downloads={[{ label: t("sites.sitesJson"), href: "/api/v1/sites?limit=500" }]} feed={FEED_PATHS.all} permalink="/sites" locale={locale} />
    </div>
  );
}

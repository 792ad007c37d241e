import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { EventItem } from "@/components/event-item";
import { MonumentList } from "@/components/monument-list";
import { PageMeta } from "@/components/page-meta";
import { getLastUpdated } from "@/lib/queries/freshness";
import { SearchBox } from "@/components/search-box";
import type { SearchParams } from "@/lib/event-filters";
import { search, SEARCH_SHOWN } from "@/lib/queries/search";
import { i18nOf } from "@/lib/page-locale";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: (await i18nOf(params)).t("searchPage.title") };
}

export default async function SearchPage({ searchParams, params }: { searchParams: Promise<SearchParams>; params: Promise<{ locale: string }> }) {
  const { t, locale } = await i18nOf(params);
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "")).trim().slice(0, 200);
  const [results, updated] = await Promise.all([q ? search(q) : null, getLastUpdated({ kind: "all" })]);
  const total = results ? results.monuments.length + results.events.length + results.sources.length : 0;
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-semibold">{t("searchPage.title")}</h1>
      <SearchBox defaultValue={q} id="search-page-q" locale={locale} />
      <p className="text-sm text-stone-700">
        {t("searchPage.hint")}
      </p>
      {!results ? null : total === 0 ? (
        <p data-testid="search-empty">{t("searchPage.nothing", { q })}</p>
      ) : (
        <>
          {results.more.monuments || results.more.events || results.more.sources ? (
            <p className="text-sm text-stone-700" data-testid="search-more">{t("search.more", { shown: SEARCH_SHOWN })}</p>
          ) : null}
          <section aria-labelledby="r-monuments" data-testid="search-monuments">
            <h2 id="r-monuments" className="text-xl font-semibold">{t("searchPage.monuments", { count: results.monuments.length })}</h2>
            {results.monuments.length ? <div className="mt-2"><MonumentList monuments={results.monuments} flat locale={locale} /></div> : <p>{t("common.none")}</p>}
          </section>
          <section aria-labelledby="r-events" data-testid="search-events">
            <h2 id="r-events" className="text-xl font-semibold">{t("searchPage.events", { count: results.events.length })}</h2>
            {results.events.length ? (
              <ol className="mt-2 space-y-4">
                {results.events.map((e) => <EventItem key={e.id} event={e} locale={locale} />)}
              </ol>
            ) : <p>{t("common.none")}</p>}
          </section>
          <section aria-labelledby="r-sources" data-testid="search-sources">
            <h2 id="r-sources" className="text-xl font-semibold">{t("searchPage.sources", { count: results.sources.length })}</h2>
            {results.sources.length ? (
              <ul className="mt-2 space-y-1">
                {results.sources.map((s) => (
                  <li key={s.id}>
                    <Link href={`/sources/${s.slug}`} className="text-blue-800 underline">{s.title}</Link>{" "}
                    <span className="text-sm text-stone-600">— {s.publisher}</span>
                  </li>
                ))}
              </ul>
            ) : <p>{t("common.none")}</p>}
          </section>
        </>
      )}
      <PageMeta updated={updated} downloads={[]} permalink={q ? `/search?q=${encodeURIComponent(q)}` : "/search"} locale={locale} />
    </div>
  );
}

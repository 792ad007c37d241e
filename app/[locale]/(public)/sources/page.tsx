import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { BasketButton } from "@/components/export/basket-button";
import { PageMeta } from "@/components/page-meta";
import { sourceDownloads } from "@/lib/downloads";
import { getLastUpdated } from "@/lib/queries/freshness";
import { i18nOf } from "@/lib/page-locale";
import { listSourcePage } from "@/lib/queries/sources";
import { Pager } from "@/components/pager";
import { PageProblems } from "@/components/page-problems";
import { firstParam, readListPage, toSearchParams, type SearchParams } from "@/lib/paging";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: (await i18nOf(params)).t("sourcesPage.title") };
}

/** 100 sources a page (each a few lines). */
const SOURCES_PAGING = { defaultLimit: 100, maxLimit: 200 };

export default async function SourcesPage({ searchParams, params: route }: { searchParams: Promise<SearchParams>; params: Promise<{ locale: string }> }) {
  const { t, interval, join, locale } = await i18nOf(route);
  const params = await searchParams;
  const { page, problems } = readListPage({ page: firstParam(params.page), limit: firstParam(params.limit) }, SOURCES_PAGING, locale);
  const [{ total, items: sources }, updated] = await Promise.all([listSourcePage(page), getLastUpdated({ kind: "all" })]);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">{t("sourcesPage.title")}</h1>
      <p className="text-stone-700">{t("sourcesPage.intro")}</p>
      <PageProblems problems={problems(total)} />
      <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white" data-testid="source-list">
        {sources.map((s) => (
          <li key={s.id} className="p-3">
            <Link href={`/sources/${s.slug}`} className="font-medium text-blue-800 underline">
              {s.title}
            </Link>
            <p className="text-sm text-stone-600">
              {s.publisher}
              {s.authors.length ? ` · ${join(s.authors)}` : ""} ·{" "}
              {interval({ earliest: s.publishedEarliest, latest: s.publishedLatest, precision: s.publishedPrecision })} ·{" "}
              {t(`sourceKind.${s.kind}`)} · {t(s.passages === 1 ? "sourcesPage.passagesOne" : "sourcesPage.passages", { count: s.passages })}
            </p>
            <BasketButton item={{ kind: "source", id: s.slug, label: s.title, href: `/sources/${s.slug}` }} />
          </li>
        ))}
      </ul>
      <Pager path="/sources" params={toSearchParams(params)} page={page} defaultLimit={SOURCES_PAGING.defaultLimit} total={total} rowsOnPage={sources.length} noun="sources" locale={locale} />
      <PageMeta updated={updated} downloads={sourceDownloads()} permalink="/sources" locale={locale} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { BasketButton } from "@/components/export/basket-button";
import { PageMeta } from "@/components/page-meta";
import { sourceDownloads } from "@/lib/downloads";
import { getLastUpdated } from "@/lib/queries/freshness";
import { formatInterval } from "@/lib/dates";
import { SOURCE_KIND_LABELS } from "@/lib/labels";
import { listSourcePage } from "@/lib/queries/sources";
import { Pager } from "@/components/pager";
import { PageProblems } from "@/components/page-problems";
import { firstParam, readListPage, toSearchParams, type SearchParams } from "@/lib/paging";

export const metadata: Metadata = { title: "Sources" };

/** 100 sources a page (each a few lines). */
const SOURCES_PAGING = { defaultLimit: 100, maxLimit: 200 };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { page, problems } = readListPage({ page: firstParam(params.page), limit: firstParam(params.limit) }, SOURCES_PAGING);
  const [{ total, items: sources }, updated] = await Promise.all([listSourcePage(page), getLastUpdated({ kind: "all" })]);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">Sources</h1>
      <p className="text-stone-700">The published reports behind every claim, oldest first.</p>
      <PageProblems problems={problems(total)} />
      <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white" data-testid="source-list">
        {sources.map((s) => (
          <li key={s.id} className="p-3">
            <Link href={`/sources/${s.slug}`} className="font-medium text-blue-800 underline">
              {s.title}
            </Link>
            <p className="text-sm text-stone-600">
              {s.publisher}
              {s.authors.length ? ` · ${s.authors.join(", ")}` : ""} ·{" "}
              {formatInterval({ earliest: s.publishedEarliest, latest: s.publishedLatest, precision: s.publishedPrecision })} ·{" "}
              {SOURCE_KIND_LABELS[s.kind]} · {s._count.citations} quoted passage{s._count.citations === 1 ? "" : "s"}
            </p>
            <BasketButton item={{ kind: "source", id: s.slug, label: s.title, href: `/sources/${s.slug}` }} />
          </li>
        ))}
      </ul>
      <Pager path="/sources" params={toSearchParams(params)} page={page} defaultLimit={SOURCES_PAGING.defaultLimit} total={total} rowsOnPage={sources.length} noun="sources" />
      <PageMeta updated={updated} downloads={sourceDownloads()} permalink="/sources" />
    </div>
  );
}

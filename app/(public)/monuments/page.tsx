import type { Metadata } from "next";
import { MonumentList } from "@/components/monument-list";
import { PageMeta } from "@/components/page-meta";
import { Pager } from "@/components/pager";
import { PageProblems } from "@/components/page-problems";
import { monumentDownloads } from "@/lib/downloads";
import { firstParam, readListPage, toSearchParams, type SearchParams } from "@/lib/paging";
import { getLastUpdated } from "@/lib/queries/freshness";
import { listMonumentPage } from "@/lib/queries/monuments";

export const metadata: Metadata = { title: "Monuments" };

/** 100 monuments a page, each with its components (a few dozen kilobytes). */
const MONUMENTS_PAGING = { defaultLimit: 100, maxLimit: 200 };

export default async function MonumentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { page, problems } = readListPage({ page: firstParam(params.page), limit: firstParam(params.limit) }, MONUMENTS_PAGING);
  const [{ total, items }, updated] = await Promise.all([listMonumentPage({ offset: page.offset, limit: page.limit, nested: true }), getLastUpdated({ kind: "all" })]);
  const shownTop = items.filter((m) => !m.parentId).length;
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">Monuments</h1>
      <p className="text-stone-700">{total} monuments (components listed under their whole), with their derived status.</p>
      <PageProblems problems={problems(total)} />
      <MonumentList monuments={items} />
      <Pager path="/monuments" params={toSearchParams(params)} page={page} defaultLimit={MONUMENTS_PAGING.defaultLimit} total={total} rowsOnPage={shownTop} noun="monuments" />
      <PageMeta updated={updated} downloads={monumentDownloads()} permalink="/monuments" />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StateBadge } from "@/components/admin/state-badge";
import { Pager } from "@/components/pager";
import { PageProblems } from "@/components/page-problems";
import { ENTITY_LABELS, STATEFUL, adminPath, entityFromSegment } from "@/lib/admin/entity-types";
import { listRecords, RECORD_STATES, type RecordStateFilter } from "@/lib/admin/read";
import { firstParam, readListPage, toSearchParams, type SearchParams } from "@/lib/paging";
import { requireUser } from "@/lib/admin/session";

type Props = { params: Promise<{ entity: string }>; searchParams: Promise<SearchParams> };

/** 50 records a page, most recently changed first. */
const RECORDS_PAGING = { defaultLimit: 50, maxLimit: 500 };

const STATE_LABELS: Record<RecordStateFilter, string> = { DRAFT: "Drafts", IN_REVIEW: "In review", PUBLISHED: "Published", ARCHIVED: "Archived" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const type = entityFromSegment((await params).entity);
  return { title: type ? ENTITY_LABELS[type].many : "Not found" };
}

export default async function RecordListPage({ params, searchParams }: Props) {
  const { entity } = await params;
  await requireUser("draft.read", `/admin/${entity}`);
  const type = entityFromSegment(entity);
  if (!type) notFound();
  const query = await searchParams;
  const { page, problems } = readListPage({ page: firstParam(query.page), limit: firstParam(query.limit) }, RECORDS_PAGING);
  const asked = firstParam(query.state);
  const state = RECORD_STATES.find((s) => s === asked);
  const { total, items: records } = await listRecords(type, { ...page, state });
  const stateProblem = asked && !state ? [`Unknown state “${asked}”: every record is listed.`] : [];
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="font-serif text-2xl font-semibold">{ENTITY_LABELS[type].many}</h1>
        <Link href={`${adminPath(type)}/new`} className="rounded bg-stone-800 px-3 py-1 text-white">New {ENTITY_LABELS[type].one}</Link>
      </div>
      <nav aria-label="Filter by state" className="flex flex-wrap gap-3 text-sm">
        <Link href={adminPath(type)} aria-current={state ? undefined : "page"} className="underline">All</Link>
        {RECORD_STATES.filter((s) => STATEFUL.has(type) || s === "ARCHIVED").map((s) => (
          <Link key={s} href={`${adminPath(type)}?state=${s}`} aria-current={state === s ? "page" : undefined} className="underline">{STATE_LABELS[s]}</Link>
        ))}
      </nav>
      <PageProblems problems={[...stateProblem, ...problems(total)]} />
      <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white" data-testid="record-list">
        {records.map((r) => (
          <li key={r.id} className="flex items-center gap-3 p-2">
            <Link href={adminPath(type, r.id)} className="underline">{r.title}</Link>
            <StateBadge state={r.state} archived={!!r.archivedAt} />
          </li>
        ))}
      </ul>
      <Pager path={adminPath(type)} params={toSearchParams(query)} page={page} defaultLimit={RECORDS_PAGING.defaultLimit} total={total} rowsOnPage={records.length} noun="records" />
    </div>
  );
}

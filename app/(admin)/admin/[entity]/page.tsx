import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StateBadge } from "@/components/admin/state-badge";
import { ENTITY_LABELS, adminPath, entityFromSegment } from "@/lib/admin/entity-types";
import { listRecords } from "@/lib/admin/read";
import { requireUser } from "@/lib/admin/session";

type Props = { params: Promise<{ entity: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const type = entityFromSegment((await params).entity);
  return { title: type ? ENTITY_LABELS[type].many : "Not found" };
}

export default async function RecordListPage({ params }: Props) {
  const { entity } = await params;
  await requireUser("draft.read", `/admin/${entity}`);
  const type = entityFromSegment(entity);
  if (!type) notFound();
  const records = await listRecords(type);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="font-serif text-2xl font-semibold">{ENTITY_LABELS[type].many}</h1>
        <Link href={`${adminPath(type)}/new`} className="rounded bg-stone-800 px-3 py-1 text-white">New {ENTITY_LABELS[type].one}</Link>
      </div>
      <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white" data-testid="record-list">
        {records.map((r) => (
          <li key={r.id} className="flex items-center gap-3 p-2">
            <Link href={adminPath(type, r.id)} className="underline">{r.title}</Link>
            <StateBadge state={r.state} archived={!!r.archivedAt} />
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/action-button";
import { restoreVersion } from "@/lib/actions/records";
import { adminPath, entityFromSegment } from "@/lib/admin/entity-types";
import { getHistory, loadRecord } from "@/lib/admin/read";
import { requireUser } from "@/lib/admin/session";
import { canChangeRow } from "@/lib/permissions";
import { diffSnapshots, fieldLabel } from "@/lib/revision-diff";

type Props = { params: Promise<{ entity: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export const metadata: Metadata = { title: "History" };

const VERBS = { create: "created", update: "edited", archive: "archived", restore: "restored", publish: "published", unpublish: "unpublished", submit: "sent for review" };

export default async function HistoryPage({ params, searchParams }: Props) {
  const { entity, id } = await params;
  const user = await requireUser("draft.read", `/admin/${entity}/${id}/history`);
  const type = entityFromSegment(entity);
  if (!type) notFound();
  const [row, revisions, { saved }] = await Promise.all([loadRecord(type, id), getHistory(type, id), searchParams]);
  if (!row) notFound();
  const mayRestore = canChangeRow(user.role, "record.edit", row.state);
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href={adminPath(type, id)} className="underline">Back to {row.title}</Link></p>
      <h1 className="font-serif text-2xl font-semibold">History of {row.title}</h1>
      {saved ? <p role="status" className="text-sm text-green-800">Restored: now version {saved}.</p> : null}
      {revisions.length === 0 ? <p>No changes recorded since this record was imported (version {row.version}).</p> : null}
      <ol className="space-y-4" data-testid="history">
        {revisions.map((r) => {
          const changes = diffSnapshots(r.before, r.after);
          return (
            <li key={r.id} className="rounded border border-stone-300 bg-white p-3" data-testid="revision">
              <p className="flex flex-wrap items-center gap-3">
                <strong>Version {r.version}</strong> {VERBS[r.action]} by {r.actor.name} ({r.actor.email}),{" "}
                <time dateTime={r.createdAt.toISOString()}>{r.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
                {mayRestore && r.after && r.version !== row.version ? (
                  <ActionButton action={restoreVersion} hidden={{ revisionId: r.id, version: row.version }} label={`Restore version ${r.version}`} />
                ) : null}
              </p>
              {changes.length ? (
                <table className="mt-2 w-full text-left text-sm" data-testid="diff">
                  <thead>
                    <tr><th scope="col" className="w-40">Field</th><th scope="col">Before</th><th scope="col">After</th></tr>
                  </thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={c.field} className="align-top">
                        <th scope="row" className="pr-2 font-normal">{fieldLabel(c.field)}</th>
                        <td className="whitespace-pre-wrap pr-2"><del className="bg-red-50">{c.before}</del></td>
                        <td className="whitespace-pre-wrap"><ins className="bg-green-50 no-underline">{c.after}</ins></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Passage } from "@/components/admin/passage";
import { RecordForm } from "@/components/admin/record-form";
import { RecordControls } from "@/components/admin/record-controls";
import { StateBadge } from "@/components/admin/state-badge";
import { ENTITY_LABELS, STATEFUL, adminPath, entityFromSegment } from "@/lib/admin/entity-types";
import { toFormValues } from "@/lib/admin/form-values";
import { formChoices, getEventCitations, loadRecord } from "@/lib/admin/read";
import { saveButtons } from "@/lib/admin/save-buttons";
import { requireUser } from "@/lib/admin/session";
import { canChangeRow } from "@/lib/permissions";
import { FORMS } from "../forms";

type Props = { params: Promise<{ entity: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export const metadata: Metadata = { title: "Edit record" };

export default async function RecordPage({ params, searchParams }: Props) {
  const { entity, id } = await params;
  const user = await requireUser("draft.read", `/admin/${entity}/${id}`);
  const type = entityFromSegment(entity);
  if (!type) notFound();
  const [row, choices, citations, { saved }] = await Promise.all([
    loadRecord(type, id),
    formChoices(),
    type === "damageEvent" ? getEventCitations(id) : Promise.resolve([]),
    searchParams,
  ]);
  if (!row) notFound();
  const editable = canChangeRow(user.role, "record.edit", row.state);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm"><Link href={adminPath(type)} className="underline">{ENTITY_LABELS[type].many}</Link></p>
        <h1 className="font-serif text-2xl font-semibold">{row.title}</h1>
        <p className="flex items-center gap-3 text-sm">
          <StateBadge state={row.state} archived={!!row.archivedAt} />
          <span data-testid="record-version">version {row.version}</span>
          <Link href={`${adminPath(type, id)}/history`} className="underline">History</Link>
        </p>
        {saved ? <p role="status" className="text-sm text-green-800">Saved (version {saved}).</p> : null}
      </header>
      <RecordControls type={type} row={{ id: row.id, version: row.version, state: row.state, archived: !!row.archivedAt }} role={user.role} />
      {type === "damageEvent" ? (
        <section aria-labelledby="quotes" className="space-y-2">
          <h2 id="quotes" className="text-lg font-semibold">Quoted sources</h2>
          <ul className="space-y-2" data-testid="admin-citations">
            {citations.map((c) => (
              <li key={c.id} className="border-l-4 border-stone-300 pl-3">
                <Passage q={c} />
                <p className="text-sm text-stone-600">
                  <Link href={adminPath("citation", c.id)} className="underline">{c.source.title}</Link> ({c.source.publisher}){c.archivedAt ? " — archived" : ""}
                </p>
              </li>
            ))}
          </ul>
          {/* Another passage usually comes from a source the event already quotes: start from it. */}
          {editable ? (
            <Link href={`${adminPath("citation")}/new?damageEventId=${id}${citations[0] ? `&sourceId=${citations[0].source.id}` : ""}`} className="text-sm underline">
              Add a quote to this event
            </Link>
          ) : null}
        </section>
      ) : null}
      {type === "citation" ? (
        <section aria-labelledby="as-saved" className="max-w-2xl space-y-2">
          <h2 id="as-saved" className="text-lg font-semibold">The passage as saved</h2>
          <Passage q={row.content as { quote: string; prefix: string; suffix: string; paragraph: number | null }} />
        </section>
      ) : null}
      <section aria-labelledby="edit" className="max-w-2xl space-y-3">
        <h2 id="edit" className="text-lg font-semibold">Edit</h2>
        {editable ? null : <p className="text-sm text-stone-700">This record is published: only a reviewer can change it.</p>}
        {type === "damageEvent" && row.state === "PUBLISHED" ? (
          <p className="text-sm">
            {/* Editors propose, reviewers publish: another account of this occurrence goes to the review queue. */}
            <Link href={`/admin/report?from=${id}`} className="underline">Propose a quote or a correction</Link>
            {" "}(another account of this event, published once a reviewer accepts it)
          </p>
        ) : null}
        <RecordForm
          key={row.version}
          action={FORMS[type].action}
          fields={FORMS[type].fields}
          choices={choices}
          initial={toFormValues(row.content as Record<string, unknown>)}
          id={row.id}
          version={row.version}
          buttons={editable ? saveButtons(STATEFUL.has(type), row.state) : []}
          duplicateBase={adminPath("source")}
        />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/admin/record-form";
import { ENTITY_LABELS, STATEFUL, adminPath, entityFromSegment } from "@/lib/admin/entity-types";
import { formChoices, stateOfTarget } from "@/lib/admin/read";
import { saveButtons } from "@/lib/admin/save-buttons";
import { requireUser } from "@/lib/admin/session";
import { canChangeRow } from "@/lib/permissions";
import { FORMS } from "../forms";

type Props = { params: Promise<{ entity: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "New record" };

export default async function NewRecordPage({ params, searchParams }: Props) {
  const { entity } = await params;
  const user = await requireUser("record.edit", `/admin/${entity}/new`);
  const type = entityFromSegment(entity);
  if (!type) notFound();
  const choices = await formChoices();
  const initial: Record<string, string> = { locationPrecision: "UNKNOWN", publishedPrecision: "EXACT_DAY", language: "en" };
  // Links such as "Add a quote" prefill a field of the form (only the form's own fields).
  for (const [key, value] of Object.entries(await searchParams)) {
    if (typeof value === "string" && FORMS[type].fields.some((f) => f.name === key)) initial[key] = value;
  }
  // A quote lands in the state of what it supports (prefilled by "Add a quote").
  const target = await stateOfTarget(type, initial);
  // A quote under a published record is public at once: an editor proposes one through the event's
  // "Propose a quote or a correction" instead (another account, reviewed before it is published).
  const proposeOnly = !canChangeRow(user.role, "record.edit", target);
  const buttons = proposeOnly ? [] : saveButtons(STATEFUL.has(type), target);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="font-serif text-2xl font-semibold">New {ENTITY_LABELS[type].one}</h1>
      {proposeOnly && initial.damageEventId ? (
        <p role="note" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm">
          This event is published: a quote added here would be public at once, which only a reviewer may do.{" "}
          <Link href={`/admin/report?from=${initial.damageEventId}`} className="underline">Propose a quote or a correction</Link> instead: a reviewer publishes it.
        </p>
      ) : null}
      <RecordForm action={FORMS[type].action} fields={FORMS[type].fields} choices={choices} initial={initial} buttons={buttons} duplicateBase={adminPath("source")} />
    </div>
  );
}

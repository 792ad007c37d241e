import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/admin/record-form";
import { ENTITY_LABELS, STATEFUL, adminPath, entityFromSegment } from "@/lib/admin/entity-types";
import { formChoices, stateOfTarget } from "@/lib/admin/read";
import { saveButtons } from "@/lib/admin/save-buttons";
import { requireUser } from "@/lib/admin/session";
import { FORMS } from "../forms";

type Props = { params: Promise<{ entity: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "New record" };

export default async function NewRecordPage({ params, searchParams }: Props) {
  const { entity } = await params;
  await requireUser("record.edit", `/admin/${entity}/new`);
  const type = entityFromSegment(entity);
  if (!type) notFound();
  const choices = await formChoices();
  const initial: Record<string, string> = { locationPrecision: "UNKNOWN", publishedPrecision: "EXACT_DAY", language: "en" };
  // Links such as "Add a quote" prefill a field of the form (only the form's own fields).
  for (const [key, value] of Object.entries(await searchParams)) {
    if (typeof value === "string" && FORMS[type].fields.some((f) => f.name === key)) initial[key] = value;
  }
  // A quote lands in the state of what it supports (prefilled by "Add a quote").
  const buttons = saveButtons(STATEFUL.has(type), await stateOfTarget(type, initial));
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="font-serif text-2xl font-semibold">New {ENTITY_LABELS[type].one}</h1>
      <RecordForm action={FORMS[type].action} fields={FORMS[type].fields} choices={choices} initial={initial} buttons={buttons} duplicateBase={adminPath("source")} />
    </div>
  );
}

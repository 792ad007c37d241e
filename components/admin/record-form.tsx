"use client";
import { useActionState } from "react";
import { idle, type ActionState } from "@/lib/actions/action-state";
import type { FieldDef, Option } from "@/lib/schemas/fields";
import { Field } from "./field";
import { FormStatus } from "./form-status";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  fields: FieldDef[];
  choices: Record<string, Option[]>;
  initial: Record<string, string>;
  id?: string;
  version?: number;
  submitLabel: string;
  duplicateBase?: string;
};

/**
 * A record's form. After a refused, invalid or conflicting save the fields show what the user
 * typed (returned by the action), never the stored values: nothing typed is lost.
 */
export function RecordForm({ action, fields, choices, initial, id, version, submitLabel, duplicateBase }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.values ?? initial;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} duplicateHref={duplicateBase ? (dup) => `${duplicateBase}/${dup}` : undefined} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version ? <input type="hidden" name="version" value={state.currentVersion ?? version} /> : null}
      {fields.map((f) => (
        <Field key={`${f.name}-${state.values ? "typed" : "stored"}`} field={f} value={values[f.name] ?? ""} errors={state.fieldErrors?.[f.name]} choices={choices} />
      ))}
      <button type="submit" disabled={pending} className="rounded bg-stone-800 px-4 py-2 text-white disabled:opacity-60">
        {pending ? "Saving…" : state.status === "conflict" ? `${submitLabel} anyway` : submitLabel}
      </button>
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { idle, type ActionState } from "@/lib/actions/action-state";
import type { SaveButton } from "@/lib/admin/save-buttons";
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
  /** What saving does, from the state the record lands in (lib/admin/save-buttons.ts). */
  buttons: SaveButton[];
  duplicateBase?: string;
};

/**
 * A record's form. After a refused, invalid or conflicting save the fields show what the user
 * typed (returned by the action), never the stored values: nothing typed is lost.
 */
export function RecordForm({ action, fields, choices, initial, id, version, buttons, duplicateBase }: Props) {
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
      <div className="flex flex-wrap gap-3">
        {buttons.map((b) => (
          <button
            key={b.submit}
            type="submit"
            name="submit"
            value={b.submit}
            disabled={pending}
            className={`rounded px-4 py-2 disabled:opacity-60 ${b.primary ? "bg-stone-800 text-white" : "border border-stone-700"}`}
          >
            {state.status === "conflict" ? `${b.label} anyway` : b.label}
          </button>
        ))}
        {pending ? <span className="self-center text-sm">Saving…</span> : null}
      </div>
    </form>
  );
}

"use client";
import { useActionState, useState } from "react";
import { idle, type ActionState } from "@/lib/actions/action-state";
import { citationFields } from "@/lib/schemas/citation";
import { damageEventFields } from "@/lib/schemas/damage-event";
import type { FieldDef, Option } from "@/lib/schemas/fields";
import { sourceFields } from "@/lib/schemas/source";
import { MONUMENT_TYPES } from "@/lib/domain";
import { MONUMENT_TYPE_LABELS } from "@/lib/labels";
import { Field } from "./field";
import { FormStatus } from "./form-status";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const newMonumentFields: FieldDef[] = [
  { name: "newMonumentName", label: "New monument's name", kind: "text" },
  { name: "newMonumentType", label: "New monument's type", kind: "select", options: MONUMENT_TYPES.map((t) => ({ value: t, label: MONUMENT_TYPE_LABELS[t] })) },
  { name: "newMonumentDescription", label: "New monument's description", kind: "textarea" },
];
const eventFields = damageEventFields.filter((f) => f.name !== "monumentId");
const quoteFields = citationFields.filter((f) => ["quote", "prefix", "suffix", "paragraph"].includes(f.name));

function Mode({ name, value, onChange, options }: { name: string; value: string; onChange: (v: string) => void; options: [string, string][] }) {
  return (
    <div className="flex gap-4 text-sm">
      {options.map(([v, label]) => (
        <label key={v} className="flex items-center gap-1">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} /> {label}
        </label>
      ))}
    </div>
  );
}

/** The one-page damage report: monument, event, source and quote, saved together or not at all. */
export function ReportForm({ action, choices, initial }: { action: Action; choices: Record<string, Option[]>; initial?: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.values ?? initial ?? {};
  const [monumentMode, setMonumentMode] = useState(values.monumentMode ?? "existing");
  const [sourceMode, setSourceMode] = useState(values.sourceMode ?? "new");
  const [reuse, setReuse] = useState<string | null>(null);
  const key = (name: string) => `${name}-${state.values ? "typed" : "blank"}-${reuse ?? ""}`;
  const field = (f: FieldDef, override?: string) => (
    <Field key={key(f.name)} field={f} value={override ?? values[f.name] ?? ""} errors={state.fieldErrors?.[f.name]} choices={choices} />
  );
  const sourceId: FieldDef = { name: "sourceId", label: "Source", kind: "select", options: "sources" };
  const monumentId: FieldDef = { name: "monumentId", label: "Monument", kind: "select", options: "monuments" };

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormStatus state={state} />
      {state.duplicate && sourceMode === "new" ? (
        <p className="text-sm">
          <button
            type="button"
            className="rounded border border-stone-500 px-3 py-1"
            onClick={() => {
              setReuse(state.duplicate!.id);
              setSourceMode("existing");
            }}
          >
            Use the existing source “{state.duplicate.title}”
          </button>
        </p>
      ) : null}
      <fieldset className="space-y-3 rounded border border-stone-300 p-4">
        <legend className="px-1 font-semibold">1. Monument</legend>
        <Mode name="monumentMode" value={monumentMode} onChange={setMonumentMode} options={[["existing", "An existing monument"], ["new", "A new monument"]]} />
        {monumentMode === "existing" ? field(monumentId) : newMonumentFields.map((f) => field(f))}
      </fieldset>
      <fieldset className="space-y-3 rounded border border-stone-300 p-4">
        <legend className="px-1 font-semibold">2. What happened</legend>
        {eventFields.map((f) => field(f))}
      </fieldset>
      {state.occurrences?.length ? (
        <fieldset className="space-y-2 rounded border-2 border-amber-600 p-4" data-testid="occurrences" aria-describedby="f-occurrence-error">
          <legend className="px-1 font-semibold">Already recorded?</legend>
          <p id="f-occurrence-error" aria-live="polite" className="text-sm text-red-700">{state.fieldErrors?.occurrence?.join(" ")}</p>
          {state.occurrences.map((o) => (
            <label key={o.id} className="flex items-start gap-2 text-sm">
              <input type="radio" name="occurrence" value={o.id} className="mt-1" /> <span>Add this account to event: {o.label}</span>
            </label>
          ))}
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" name="occurrence" value="new" className="mt-1" /> <span>A new occurrence: none of these</span>
          </label>
        </fieldset>
      ) : values.occurrence ? (
        <input type="hidden" name="occurrence" value={values.occurrence} />
      ) : null}
      <fieldset className="space-y-3 rounded border border-stone-300 p-4">
        <legend className="px-1 font-semibold">3. Source</legend>
        <Mode name="sourceMode" value={sourceMode} onChange={setSourceMode} options={[["new", "A new source"], ["existing", "A source already recorded"]]} />
        {sourceMode === "existing" ? field(sourceId, reuse ?? undefined) : sourceFields.map((f) => field(f))}
      </fieldset>
      <fieldset className="space-y-3 rounded border border-stone-300 p-4">
        <legend className="px-1 font-semibold">4. The quoted passage</legend>
        {quoteFields.map((f) => field(f))}
      </fieldset>
      <div className="flex gap-3">
        <button type="submit" name="submit" value="draft" disabled={pending} className="rounded border border-stone-700 px-4 py-2 disabled:opacity-60">
          Save draft
        </button>
        <button type="submit" name="submit" value="review" disabled={pending} className="rounded bg-stone-800 px-4 py-2 text-white disabled:opacity-60">
          Save and send for review
        </button>
      </div>
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { idle, type ActionState } from "@/lib/actions/action-state";
import { FormStatus } from "./form-status";

/** A one-button form for a state change (submit, publish, archive, restore a version). */
export function ActionButton({
  action,
  hidden,
  label,
  tone = "plain",
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  label: string;
  tone?: "plain" | "primary" | "danger";
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  const style = tone === "primary" ? "bg-stone-800 text-white" : tone === "danger" ? "border border-red-700 text-red-800" : "border border-stone-500";
  return (
    <form action={formAction} className="inline-block space-y-1">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" disabled={pending} className={`rounded px-3 py-1 text-sm disabled:opacity-60 ${style}`}>
        {label}
      </button>
      {state.status !== "idle" ? <FormStatus state={state} /> : null}
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { idle, type ActionState } from "@/lib/actions/action-state";
import { ROLES } from "@/lib/permissions";
import { FormStatus } from "./form-status";

export function RoleForm({ action, userId, role, email }: { action: (p: ActionState, f: FormData) => Promise<ActionState>; userId: string; role: string; email: string }) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>Role of {email}</label>
      <select id={`role-${userId}`} name="role" defaultValue={state.values?.role ?? role} className="rounded border border-stone-400 px-2 py-1">
        {ROLES.map((r) => (
          <option key={r} value={r}>{r}</option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="rounded border border-stone-500 px-3 py-1 text-sm">Change role</button>
      <FormStatus state={state} />
    </form>
  );
}

import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { fieldLabel } from "@/lib/revision-diff";

/** The message an action returned: success, refusal, invalid input, or a conflict with its diff. */
export function FormStatus({ state, duplicateHref }: { state: ActionState; duplicateHref?: (id: string) => string }) {
  if (state.status === "idle" || !state.message) return <div role="status" aria-live="polite" />;
  const tone = state.status === "ok" ? "border-green-700 bg-green-50" : state.status === "conflict" ? "border-amber-600 bg-amber-50" : "border-red-700 bg-red-50";
  return (
    <div role={state.status === "ok" ? "status" : "alert"} aria-live="polite" className={`space-y-2 rounded border-l-4 p-3 text-sm ${tone}`} data-testid="form-status">
      <p>{state.message}</p>
      {state.duplicate && duplicateHref ? (
        <p>
          <Link className="underline" href={duplicateHref(state.duplicate.id)}>Open “{state.duplicate.title}”</Link>
        </p>
      ) : null}
      {state.changes?.length ? (
        <table className="w-full text-left" data-testid="conflict-changes">
          <caption className="text-left font-semibold">What the other person changed</caption>
          <thead>
            <tr><th scope="col">Field</th><th scope="col">When you opened it</th><th scope="col">Now</th></tr>
          </thead>
          <tbody>
            {state.changes.map((c) => (
              <tr key={c.field} className="align-top">
                <th scope="row" className="pr-2 font-normal">{fieldLabel(c.field)}</th>
                <td className="whitespace-pre-wrap pr-2">{c.before}</td>
                <td className="whitespace-pre-wrap">{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

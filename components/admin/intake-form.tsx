"use client";
import { useActionState, useState } from "react";
import type { IntakeAnalysis } from "@/lib/actions/intake";
import { idle, type ActionState } from "@/lib/actions/action-state";
import type { ReadState } from "@/lib/actions/authorized-action";
import type { Option } from "@/lib/schemas/fields";
import { FormStatus } from "./form-status";
import { IntakeReview } from "./intake-review";

type Analyze = (prev: ReadState<IntakeAnalysis>, f: FormData) => Promise<ReadState<IntakeAnalysis>>;
type Save = (prev: ActionState, f: FormData) => Promise<ActionState>;

const MODES = [
  ["text", "Paste the text"],
  ["html", "Upload the saved page"],
  ["url", "Fetch from its address"],
] as const;

/** Step 1: the article in; step 2 (IntakeReview): the suggestions, accepted, edited or dropped, then one save. */
export function IntakeForm({ analyze, save, monuments, actors }: { analyze: Analyze; save: Save; monuments: Option[]; actors: Option[] }) {
  const [state, formAction, pending] = useActionState(analyze, { status: "idle" } as ReadState<IntakeAnalysis>);
  const [mode, setMode] = useState<(typeof MODES)[number][0]>("text");
  const [upload, setUpload] = useState("");
  // Controlled, so that a refused read (React resets a form after its action) keeps what was pasted.
  const [body, setBody] = useState("");
  const [copiedFrom, setCopiedFrom] = useState("");
  const [address, setAddress] = useState("");
  const error = state.status !== "ok" && state.status !== "idle" ? (state.fieldErrors?.body?.[0] ?? state.fieldErrors?.url?.[0] ?? state.message) : null;
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-3 rounded border border-stone-300 bg-white p-4" noValidate>
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">How the article comes in</legend>
          {MODES.map(([value, label]) => (
            <label key={value} className="flex items-center gap-1">
              <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} /> {label}
            </label>
          ))}
        </fieldset>
        {mode === "text" ? (
          <div className="space-y-1">
            <label htmlFor="intake-body" className="block text-sm font-medium">Article text</label>
            <textarea id="intake-body" name="body" rows={10} value={body} onChange={(e) => setBody(e.target.value)} className="w-full rounded border border-stone-400 p-2" aria-describedby="intake-body-hint intake-error" />
            <p id="intake-body-hint" className="text-xs text-stone-600">The headline on the first line, then a “By …” line and a “Published …” line if the page has them.</p>
            <label htmlFor="intake-copied-from" className="block pt-2 text-sm font-medium">Copied from (address, optional)</label>
            <input id="intake-copied-from" name="url" type="url" value={copiedFrom} onChange={(e) => setCopiedFrom(e.target.value)} className="w-full rounded border border-stone-400 px-2 py-1" aria-describedby="intake-copied-from-hint intake-error" />
            <p id="intake-copied-from-hint" className="text-xs text-stone-600">Recognises a source already recorded at this address, and the publisher of other sources from the same site.</p>
          </div>
        ) : mode === "html" ? (
          <div className="space-y-1">
            <label htmlFor="intake-file" className="block text-sm font-medium">Saved page (.html)</label>
            <input id="intake-file" type="file" accept=".html,.htm,text/html" aria-describedby="intake-error"
              onChange={async (e) => setUpload((await e.target.files?.[0]?.text()) ?? "")} />
            <input type="hidden" name="body" value={upload} />
            <p className="text-xs text-stone-600">Only the page&apos;s text is read: its scripts never run and its markup is not kept.</p>
          </div>
        ) : (
          <div className="space-y-1">
            <label htmlFor="intake-url" className="block text-sm font-medium">Article address</label>
            <input id="intake-url" name="url" type="url" value={address} onChange={(e) => setAddress(e.target.value)} className="w-full rounded border border-stone-400 px-2 py-1" aria-describedby="intake-error" />
          </div>
        )}
        <p id="intake-error" role="alert" aria-live="polite" className="text-sm text-red-700" data-testid="intake-error">{error}</p>
        <button type="submit" disabled={pending} className="rounded bg-stone-800 px-4 py-2 text-white disabled:opacity-60">
          {pending ? "Reading…" : "Read the article"}
        </button>
      </form>
      {state.status === "ok" && state.data ? <IntakeReview key={state.data.extraction.article.text.length + (state.data.extraction.source.title ?? "")} analysis={state.data} save={save} monuments={monuments} actors={actors} /> : null}
      {state.status === "idle" ? <FormStatus state={idle} /> : null}
    </div>
  );
}

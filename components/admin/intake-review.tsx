"use client";
import { useActionState, useState } from "react";
import type { IntakeAnalysis } from "@/lib/actions/intake";
import { idle, type ActionState } from "@/lib/actions/action-state";
import { ATTRIBUTIONS, CONFIDENCES, DAMAGE_EXTENTS, DAMAGE_METHODS, DATE_PRECISIONS, SOURCE_KINDS } from "@/lib/domain";
import { ATTRIBUTION_LABELS, CONFIDENCE_CHOICE_LABELS, EXTENT_LABELS, METHOD_LABELS, SOURCE_KIND_LABELS } from "@/lib/labels";
import type { Option } from "@/lib/schemas/fields";
import { FormStatus } from "./form-status";
import { Passage } from "./passage";

type Save = (prev: ActionState, f: FormData) => Promise<ActionState>;
type Suggestion = IntakeAnalysis["suggestions"][number];

const input = "w-full rounded border border-stone-400 bg-white px-2 py-1";

/** The suggested description, in words the editor will usually rewrite; it follows the publisher field until edited. */
function autoDescription(c: { extent: string; method: string }, publisher: string, monumentName: string) {
  const extent = c.extent ? EXTENT_LABELS[c.extent as keyof typeof EXTENT_LABELS].toLowerCase() : "used";
  const method = c.method !== "UNKNOWN" ? ` (${METHOD_LABELS[c.method as keyof typeof METHOD_LABELS].toLowerCase()})` : "";
  return `${publisher.trim() || "The source"} reports the ${monumentName}: ${extent}${method}.`;
}

function claimOf(s: Suggestion) {
  return {
    accept: true,
    monumentId: s.monumentId,
    // Adding the account to the best-matching occurrence is the default.
    sameAsId: s.candidates[0]?.rootId ?? "",
    dateEarliest: s.date.earliest ?? "",
    dateLatest: s.date.latest ?? "",
    datePrecision: s.date.precision as string,
    dateText: s.date.text ?? "",
    method: s.method as string,
    extent: (s.extent ?? "") as string,
    actorId: s.actorId ?? "",
    attribution: (s.attribution ?? "") as string,
    confidence: "REPORTED",
    figureLabel: s.figure?.label ?? "",
    figureValue: s.figure ? String(s.figure.value) : "",
    description: null as string | null,
    quotes: [s.quote, ...s.more],
  };
}

function Select({ label, value, onChange, options, blank }: { label: string; value: string; onChange: (v: string) => void; options: [string, string][]; blank?: string }) {
  return (
    <label className="block text-sm">
      <span className="font-medium">{label}</span>
      <select className={input} value={value} onChange={(e) => onChange(e.target.value)}>
        {blank !== undefined ? <option value="">{blank}</option> : null}
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </label>
  );
}

function Text({ label, value, onChange, type = "text" }: { label: string; value: string; onChange: (v: string) => void; type?: string }) {
  return (
    <label className="block text-sm">
      <span className="font-medium">{label}</span>
      <input className={input} type={type} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}


export function IntakeReview({ analysis, save, monuments, actors }: { analysis: IntakeAnalysis; save: Save; monuments: Option[]; actors: Option[] }) {
  const [state, formAction, pending] = useActionState(save, idle);
  const x = analysis.extraction;
  const nameOf = (id: string) => monuments.find((m) => m.value === id)?.label ?? id;
  const [useExisting, setUseExisting] = useState(!!analysis.existingSource);
  const [source, setSource] = useState({
    title: x.source.title ?? "", publisher: x.source.publisher ?? "", agency: x.source.agency ?? "", authors: x.source.authors.join("\n"),
    publishedDate: x.source.publishedDate ?? "", publishedText: x.source.publishedText ?? "", language: x.source.language ?? "",
    url: x.source.canonicalUrl ?? analysis.fetchedUrl ?? "", kind: "NEWS_ARTICLE",
  });
  const [claims, setClaims] = useState(() => analysis.suggestions.map(claimOf));
  const publisherName = useExisting ? (analysis.existingSource?.title ?? "") : source.publisher;
  const descriptionOf = (c: (typeof claims)[number]) => c.description ?? autoDescription(c, publisherName, nameOf(c.monumentId));
  const setClaim = (i: number, patch: Partial<(typeof claims)[number]>) => setClaims((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  const document = JSON.stringify({
    existingSourceId: useExisting ? analysis.existingSource?.id ?? null : null,
    source: useExisting ? null : {
      title: source.title, publisher: source.publisher, agency: orNull(source.agency), authors: source.authors.split("\n").map((a) => a.trim()).filter(Boolean),
      publishedDate: orNull(source.publishedDate), publishedText: orNull(source.publishedText), language: source.language.trim(), url: orNull(source.url), kind: source.kind,
    },
    origin: analysis.origin,
    text: x.article.text,
    claims: claims.filter((c) => c.accept).map((c) => ({ ...c, description: descriptionOf(c) })).map(({ accept: _a, sameAsId, extent, actorId, attribution, figureLabel, figureValue, dateEarliest, dateLatest, dateText, ...c }) => ({
      ...c, sameAsId: orNull(sameAsId), extent: orNull(extent), actorId: orNull(actorId), attribution: orNull(attribution), figureLabel: orNull(figureLabel),
      figureValue: figureValue.trim() ? Number(figureValue) : null, dateEarliest: orNull(dateEarliest), dateLatest: orNull(dateLatest), dateText: orNull(dateText),
    })),
  });
  const errors = state.fieldErrors?.document ?? [];
  return (
    <form action={formAction} className="space-y-6" noValidate data-testid="intake-review">
      {analysis.problems.map((p) => <p key={p} role="alert" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm">{p}</p>)}
      <fieldset className="space-y-3 rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 font-semibold">The source</legend>
        {analysis.existingSource ? (
          <div className="space-y-1 text-sm">
            <label className="flex items-center gap-2"><input type="radio" checked={useExisting} onChange={() => setUseExisting(true)} /> Use the source already recorded: “{analysis.existingSource.title}” (same {analysis.existingSource.why})</label>
            <label className="flex items-center gap-2"><input type="radio" checked={!useExisting} onChange={() => setUseExisting(false)} /> Record it as a new source</label>
          </div>
        ) : null}
        {!useExisting ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <Text label="Title" value={source.title} onChange={(v) => setSource({ ...source, title: v })} />
            <Text label="Publisher" value={source.publisher} onChange={(v) => setSource({ ...source, publisher: v })} />
            <Text label="Wire agency (optional)" value={source.agency} onChange={(v) => setSource({ ...source, agency: v })} />
            <label className="block text-sm"><span className="font-medium">Authors (one per line)</span>
              <textarea className={input} rows={2} value={source.authors} onChange={(e) => setSource({ ...source, authors: e.target.value })} /></label>
            <Text label="Publication date" type="date" value={source.publishedDate} onChange={(v) => setSource({ ...source, publishedDate: v })} />
            <Text label="Language" value={source.language} onChange={(v) => setSource({ ...source, language: v })} />
            <Text label="Canonical URL (optional)" value={source.url} onChange={(v) => setSource({ ...source, url: v })} />
            <Select label="Kind of source" value={source.kind} onChange={(v) => setSource({ ...source, kind: v })} options={SOURCE_KINDS.map((k) => [k, SOURCE_KIND_LABELS[k]])} />
            <p className="text-xs text-stone-600 sm:col-span-2">Found in: {Object.entries(x.origins).map(([k, v]) => `${k} from ${v}`).join("; ") || "nothing: type the fields"}.</p>
          </div>
        ) : null}
      </fieldset>

      <section className="space-y-2" aria-labelledby="mentions-h">
        <h2 id="mentions-h" className="font-semibold">Monuments named ({new Set(analysis.mentions.map((m) => m.monumentId)).size})</h2>
        <ul className="list-disc pl-5 text-sm" data-testid="mentions">
          {[...new Set(analysis.mentions.map((m) => m.monumentId))].map((id) => (
            <li key={id}>{nameOf(id)}: {analysis.mentions.filter((m) => m.monumentId === id).map((m) => `“${m.text}” (paragraph ${m.paragraph})`).join(", ")}</li>
          ))}
        </ul>
      </section>

      <section className="space-y-4" aria-labelledby="claims-h">
        <h2 id="claims-h" className="font-semibold">Suggested claims ({claims.length})</h2>
        {claims.map((c, i) => {
          const s = analysis.suggestions[i]!;
          const candidate = s.candidates.find((k) => k.rootId === c.sameAsId);
          return (
            <fieldset key={s.key} className={`space-y-3 rounded border p-4 ${c.accept ? "border-stone-400 bg-white" : "border-stone-200 bg-stone-50 opacity-70"}`} data-testid="suggestion">
              <legend className="px-1 font-semibold">{nameOf(c.monumentId)}</legend>
              <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={c.accept} onChange={(e) => setClaim(i, { accept: e.target.checked })} /> Keep this claim</label>
              {c.quotes.map((q, k) => <Passage key={k} q={q} />)}
              <p className="text-xs text-stone-600">
                Read from: {Object.entries(s.evidence).filter(([, e]) => e).map(([f, e]) => `${f} “${e!.text}”`).join("; ") || "no specific words"}. Date: {s.date.reason}.
              </p>
              {c.accept ? (
                <div className="grid gap-3 sm:grid-cols-3">
                  <Select label="Monument" value={c.monumentId} onChange={(v) => setClaim(i, { monumentId: v })} options={monuments.map((m) => [m.value, m.label])} />
                  <Select label="Extent" value={c.extent} onChange={(v) => setClaim(i, { extent: v })} options={DAMAGE_EXTENTS.map((e) => [e, EXTENT_LABELS[e]])} blank="— use, not damage —" />
                  <Select label="Method" value={c.method} onChange={(v) => setClaim(i, { method: v })} options={DAMAGE_METHODS.map((m) => [m, METHOD_LABELS[m]])} />
                  <Select label="Actor" value={c.actorId} onChange={(v) => setClaim(i, { actorId: v, attribution: v ? c.attribution || "ALLEGED" : "" })} options={actors.map((a) => [a.value, a.label])} blank="— none stated —" />
                  <Select label="Attribution" value={c.attribution} onChange={(v) => setClaim(i, { attribution: v })} options={ATTRIBUTIONS.map((a) => [a, ATTRIBUTION_LABELS[a]])} blank="—" />
                  <Select label="Date precision" value={c.datePrecision} onChange={(v) => setClaim(i, { datePrecision: v })} options={DATE_PRECISIONS.map((p) => [p, p.toLowerCase().replace("_", " ")])} />
                  <Text label="Earliest date" type="date" value={c.dateEarliest} onChange={(v) => setClaim(i, { dateEarliest: v })} />
                  <Text label="Latest date" type="date" value={c.dateLatest} onChange={(v) => setClaim(i, { dateLatest: v })} />
                  <Text label="Date as worded" value={c.dateText} onChange={(v) => setClaim(i, { dateText: v })} />
                  <div className="sm:col-span-3">
                    <Select label="Confidence" value={c.confidence} onChange={(v) => setClaim(i, { confidence: v })} options={CONFIDENCES.map((k) => [k, CONFIDENCE_CHOICE_LABELS[k]])} />
                  </div>
                  <div className="sm:col-span-3">
                    <label className="block text-sm"><span className="font-medium">Description</span>
                      <textarea className={input} rows={2} value={descriptionOf(c)} onChange={(e) => setClaim(i, { description: e.target.value })} /></label>
                  </div>
                  <div className="space-y-1 text-sm sm:col-span-3" role="radiogroup" aria-label="Occurrence">
                    <p className="font-medium">Occurrence</p>
                    {s.candidates.map((k) => (
                      <label key={k.rootId} className="flex items-start gap-2">
                        <input type="radio" checked={c.sameAsId === k.rootId} onChange={() => setClaim(i, { sameAsId: k.rootId })} />
                        <span>Add this account to the event “{analysis.events[k.rootId]?.description ?? k.rootId}” ({k.accountIds.length} account{k.accountIds.length === 1 ? "" : "s"})</span>
                      </label>
                    ))}
                    <label className="flex items-center gap-2"><input type="radio" checked={c.sameAsId === ""} onChange={() => setClaim(i, { sameAsId: "" })} /> A new occurrence</label>
                    {candidate?.disagreements.length ? (
                      <p role="note" className="rounded border-l-4 border-amber-600 bg-amber-50 p-2" data-testid="disagreement">
                        This account disagrees with the event&apos;s other accounts on {candidate.disagreements.map((d) => `${d.kind} (${d.values.join(" vs ")})`).join(", ")}. Check before saving: the disagreement will be shown to readers.
                      </p>
                    ) : null}
                  </div>
                </div>
              ) : null}
            </fieldset>
          );
        })}
      </section>

      <input type="hidden" name="document" value={document} />
      <FormStatus state={state} />
      {errors.length ? <ul role="alert" className="list-disc pl-5 text-sm text-red-700">{errors.map((e) => <li key={e}>{e}</li>)}</ul> : null}
      <div className="flex gap-3">
        <button type="submit" name="submit" value="review" disabled={pending || !claims.some((c) => c.accept)} className="rounded bg-stone-800 px-4 py-2 text-white disabled:opacity-60">
          Save and send for review
        </button>
        <button type="submit" name="submit" value="draft" disabled={pending || !claims.some((c) => c.accept)} className="rounded border border-stone-700 px-4 py-2 disabled:opacity-60">
          Save as drafts
        </button>
      </div>
    </form>
  );
}

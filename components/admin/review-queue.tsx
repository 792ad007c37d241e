"use client";
import Link from "next/link";
import { useActionState } from "react";
import { idle, type ActionState } from "@/lib/actions/action-state";
import { ENTITY_LABELS, adminPath, type EntityType } from "@/lib/admin/entity-types";
import { FormStatus } from "./form-status";
import { Passage } from "./passage";

type Quote = { id: string; quote: string; prefix: string; suffix: string; paragraph: number | null; source: string; sourceState: string };
type Item = { type: EntityType; id: string; version: number; title: string; details: string[]; quotes: Quote[] };

const NOT_YET = { DRAFT: "a draft: published with it", IN_REVIEW: "in review: published with it" } as Record<string, string>;

/** Records in review, each with what publishing it shows; "Publish selected" publishes them in one transaction. */
export function ReviewQueue({ items, canPublish, action }: { items: Item[]; canPublish: boolean; action: (p: ActionState, f: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-3">
      <FormStatus state={state} />
      <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white" data-testid="review-queue">
        {items.map((item) => (
          <li key={`${item.type}:${item.id}`} className="space-y-2 p-2" data-testid="queue-item">
            <p className="flex items-center gap-3">
              {canPublish ? (
                <input type="checkbox" name="items" value={`${item.type}:${item.id}:${item.version}`} aria-label={`Select ${item.title}`} />
              ) : null}
              <span className="text-xs uppercase text-stone-500">{ENTITY_LABELS[item.type].one}</span>
              <Link href={adminPath(item.type, item.id)} className="underline">{item.title}</Link>
            </p>
            <div className="space-y-1 ps-7 text-sm text-stone-700" data-testid="preview">
              {item.details.map((d, i) => <p key={i} className="whitespace-pre-wrap">{d}</p>)}
              {item.quotes.length ? (
                <ul className="space-y-2" aria-label="Quotes published with it">
                  {item.quotes.map((q) => (
                    <li key={q.id} data-testid="queue-quote">
                      <Passage q={q} />
                      <p className="text-xs">
                        <Link href={adminPath("citation", q.id)} className="underline">Quote</Link> from {q.source}
                        {NOT_YET[q.sourceState] ? ` (source ${NOT_YET[q.sourceState]})` : ""}
                      </p>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {canPublish && items.length ? (
        <button type="submit" disabled={pending} className="rounded bg-stone-800 px-4 py-2 text-white disabled:opacity-60">
          Publish selected
        </button>
      ) : null}
      {!canPublish ? <p className="text-sm text-stone-700">A reviewer publishes these.</p> : null}
    </form>
  );
}

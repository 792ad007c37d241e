import Link from "@/components/locale-link";
import { formatInterval } from "@/lib/dates";
import { CONFIDENCE_HELP, CONFIDENCE_LABELS, EXTENT_LABELS } from "@/lib/labels";
import type { MonumentDetail } from "@/lib/queries/monuments";
import { readingTitle, statusSentence } from "@/lib/status-text";
import type { Clock } from "@/lib/time";
import { StatusBadge } from "./status-badge";

/** The derived status, its confidence, and, when contested, the competing claims side by side. */
export function StatusPanel({ monument, asOf, clock = "event" }: { monument: MonumentDetail; asOf?: string; clock?: Clock }) {
  const { derived } = monument;
  const byId = new Map(monument.events.map((e) => [e.id, e]));
  const uncertain = derived.status === "uncertain";
  return (
    <section aria-labelledby="status-heading" className="rounded border border-stone-300 bg-white p-4">
      <h2 id="status-heading" className="text-lg font-semibold">Status {readingTitle(asOf, clock)}</h2>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <StatusBadge status={derived.status} testId="monument-status" />
        {uncertain ? (
          <span className="text-sm text-stone-800" data-testid="status-uncertainty">{statusSentence(derived, asOf)}</span>
        ) : derived.confidence ? (
          <span className="text-sm text-stone-700">
            Confidence: <strong>{CONFIDENCE_LABELS[derived.confidence]}</strong> — {CONFIDENCE_HELP[derived.confidence]}
          </span>
        ) : (
          <span className="text-sm text-stone-700">
            {!asOf ? "No published report of damage." : clock === "reported" ? "No report of damage had been published by this date." : "Nothing reported had happened to it by this date."}
          </span>
        )}
      </p>
      {derived.conflicting ? (
        <div className="mt-3 grid gap-3 sm:grid-cols-2" data-testid="contested-claims">
          {derived.conflicting.map((group) => (
            <div key={group.extent} className="rounded border border-contested p-3">
              <p className="font-semibold">{EXTENT_LABELS[group.extent]}, according to</p>
              <ul className="mt-1 text-sm">
                {group.claimIds.map((id) => {
                  const e = byId.get(id);
                  return e ? (
                    <li key={id}>
                      <a href={`#event-${id}`} className="underline">{e.citations.map((c) => c.source.publisher).join(", ") || "an uncited claim"}</a>{" "}
                      ({formatInterval({ earliest: e.dateEarliest, latest: e.dateLatest, precision: e.datePrecision })})
                    </li>
                  ) : null;
                })}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
      {monument.components.length ? (
        <p className="mt-2 text-sm text-stone-700">
          Components:{" "}
          {monument.components.map((c, i) => (
            <span key={c.slug}>
              {i ? ", " : ""}
              <Link href={`/monuments/${c.slug}`} className="underline">{c.name}</Link> <StatusBadge status={c.status} />
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}

import { formatInterval } from "@/lib/dates";
import type { DamageExtent, DamageMethod } from "@/lib/domain";
import { DISAGREEMENT_LABELS, EXTENT_LABELS, METHOD_LABELS } from "@/lib/labels";
import type { MonumentDetail } from "@/lib/queries/monuments";
import { CitationQuote } from "./citation-quote";

type Event = MonumentDetail["events"][number];

function sideLabel(kind: string, value: string, accounts: Event[]): string {
  switch (kind) {
    case "date": {
      const [earliest, latest] = value.split("/").map((d) => (d === ".." ? null : d));
      return formatInterval({ earliest, latest, precision: "WINDOW" });
    }
    case "extent":
      return EXTENT_LABELS[value as DamageExtent];
    case "method":
      return METHOD_LABELS[value as DamageMethod];
    case "actor":
      return accounts[0]?.actor?.name ?? value;
    default:
      return `${accounts[0]?.figureLabel ?? "figure"}: ${value}`;
  }
}

/** Where accounts of one occurrence disagree: each side with its value and its own quotes. */
export function Disagreements({ monument }: { monument: MonumentDetail }) {
  if (!monument.disagreements.length) return null;
  const byId = new Map(monument.events.map((e) => [e.id, e]));
  return (
    <section aria-labelledby="disagreements-heading" className="space-y-3" data-testid="disagreements">
      <h2 id="disagreements-heading" className="text-lg font-semibold">Where the sources disagree</h2>
      <p className="max-w-prose text-sm text-stone-700">
        Accounts of the same occurrence that state different things. Both stay on the record; where the difference
        changes the answer, the status says “contested”.
      </p>
      {monument.disagreements.map((d) => (
        <div key={`${d.occurrence}-${d.kind}`} className="rounded border border-contested p-3" data-testid="disagreement" data-kind={d.kind}>
          <p className="font-semibold">They disagree on {DISAGREEMENT_LABELS[d.kind]}</p>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            {d.sides.map((side) => {
              const accounts = side.claimIds.map((id) => byId.get(id)).filter((e): e is Event => !!e);
              return (
                <div key={side.value} className="space-y-2" data-testid="disagreement-side">
                  <p className="text-sm font-medium">{sideLabel(d.kind, side.value, accounts)}, according to:</p>
                  {accounts.map((e) => (
                    <div key={e.id} className="space-y-2">
                      <a href={`#event-${e.id}`} className="text-sm underline">{e.citations.map((c) => c.source.publisher).join(", ") || "an uncited account"}</a>
                      {e.citations.map((c) => (
                        <CitationQuote key={c.id} citation={c} />
                      ))}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </section>
  );
}

import { formatInterval } from "@/lib/dates";
import type { DamageExtent, DamageMethod, DatePrecision } from "@/lib/domain";
import { EXTENT_LABELS, METHOD_LABELS } from "@/lib/labels";
import { BasketButton } from "./basket-button";
import { ExportMenu } from "./export-menu";

type Props = {
  event: { id: string; method: DamageMethod; extent: DamageExtent | null; dateEarliest: Date | null; dateLatest: Date | null; datePrecision: DatePrecision };
};

/** Under one event: cite its sources, or put it in the report basket. */
export function EventExport({ event }: Props) {
  const when = formatInterval({ earliest: event.dateEarliest, latest: event.dateLatest, precision: event.datePrecision });
  const label = `${METHOD_LABELS[event.method]}${event.extent ? `, ${EXTENT_LABELS[event.extent].toLowerCase()}` : ""} (${when})`;
  return (
    <div className="mt-3 flex flex-wrap items-start gap-2" data-testid="event-export">
      <BasketButton item={{ kind: "event", id: event.id, label, href: "/" }} onPage={{ anchor: `event-${event.id}` }} />
      <div className="min-w-0 flex-1">
        <ExportMenu query={`event=${encodeURIComponent(event.id)}`} title="Cite this event's sources" testId="event-export-menu" />
      </div>
    </div>
  );
}

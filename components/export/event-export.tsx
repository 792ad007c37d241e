import type { DamageExtent, DamageMethod, DatePrecision } from "@/lib/domain";
import { extentToStatus } from "@/lib/status";
import type { Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";
import { BasketButton } from "./basket-button";
import { LazyExportMenu } from "./lazy-export-menu";

type Props = {
  event: { id: string; method: DamageMethod; extent: DamageExtent | null; dateEarliest: Date | null; dateLatest: Date | null; datePrecision: DatePrecision };
};

/** Under one event: cite its sources, or put it in the report basket. */
export function EventExport({ event, locale = "en" }: Props & { locale?: Locale }) {
  const { t, interval, join } = getI18n(locale);
  const when = interval({ earliest: event.dateEarliest, latest: event.dateLatest, precision: event.datePrecision });
  const label = `${join([t(`method.${event.method}`), ...(event.extent ? [t(`status.${extentToStatus(event.extent)}`).toLowerCase()] : [])])} (${when})`;
  return (
    <div className="mt-3 flex flex-wrap items-start gap-2" data-testid="event-export">
      <BasketButton item={{ kind: "event", id: event.id, label, href: "/" }} onPage={{ anchor: `event-${event.id}` }} />
      <div className="min-w-0 flex-1">
        <LazyExportMenu query={`event=${encodeURIComponent(event.id)}`} title={t("event.cite")} testId="event-export-menu" />
      </div>
    </div>
  );
}

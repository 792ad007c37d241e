import { STATUSES, type Status } from "@/lib/domain";
import type { Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";
import { StatusBadge } from "./status-badge";

/** Monuments by derived status: one card per status that has monuments, the empty ones named in a line. */
export function StatusCounts({ counts, locale = "en" }: { counts: Map<Status, number>; locale?: Locale }) {
  const { t, number } = getI18n(locale);
  const present = STATUSES.filter((s) => (counts.get(s) ?? 0) > 0);
  const absent = STATUSES.filter((s) => !counts.get(s));
  return (
    <div className="mt-3 space-y-2">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="status-counts">
        {present.map((s) => (
          <div key={s} className="rounded border border-stone-300 bg-white p-3" data-status={s}>
            <dt>
              <StatusBadge status={s} />
            </dt>
            <dd className="mt-1 text-2xl font-semibold">{number(counts.get(s) ?? 0)}</dd>
          </div>
        ))}
      </dl>
      {absent.length ? <p className="text-sm text-stone-700">{t("monuments.noneWith", { statuses: absent.map((s) => t(`status.${s}`).toLowerCase()).join(locale === "ar" ? "، " : ", ") })}</p> : null}
    </div>
  );
}

import Link from "@/components/locale-link";
import type { ControlPeriodRow } from "@/lib/queries/control";
import type { Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";

/** Who held the city when: a list readers and screen readers can follow, with its sources. */
export function ControlTimeline({ periods, locale = "en" }: { periods: ControlPeriodRow[]; locale?: Locale }) {
  const { t, interval } = getI18n(locale);
  return (
    <ol className="space-y-3" data-testid="control-timeline">
      {periods.map((p) => {
        const start = interval({ earliest: p.startEarliest, latest: p.startLatest, precision: p.startPrecision });
        const end = p.endPrecision
          ? interval({ earliest: p.endEarliest, latest: p.endLatest, precision: p.endPrecision })
          : null;
        return (
          <li key={p.id} className="rounded border border-stone-300 bg-white p-3">
            <p className="font-semibold">
              {end ? t("control.fromUntil", { actor: p.actor.name, start, end }) : t("control.from", { actor: p.actor.name, start })}
            </p>
            <p className="text-sm text-stone-700">{p.description}</p>
            <p className="mt-1 text-xs text-stone-600">
              {t(`confidence.${p.confidence}`)} · {t("control.sources")}{" "}
              {p.citations.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? "; " : ""}
                  <Link href={`/sources/${c.source.slug}`} className="underline" title={c.quote}>
                    {c.source.publisher}
                  </Link>
                </span>
              ))}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

import Link from "@/components/locale-link";
import type { Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";
import { extentToStatus } from "@/lib/status";
import type { MonumentDetail } from "@/lib/queries/monuments";
import { readingTitle, statusSentence } from "@/lib/status-text";
import type { Clock } from "@/lib/time";
import { LocalName } from "./local-name";
import { StatusBadge } from "./status-badge";

/** The derived status, its confidence, and, when contested, the competing claims side by side. */
export function StatusPanel({ monument, asOf, clock = "event", locale = "en" }: { monument: MonumentDetail; asOf?: string; clock?: Clock; locale?: Locale }) {
  const i18n = getI18n(locale);
  const { t, interval, join, comma } = i18n;
  const { derived } = monument;
  const byId = new Map(monument.events.map((e) => [e.id, e]));
  const uncertain = derived.status === "uncertain";
  return (
    <section aria-labelledby="status-heading" className="rounded border border-stone-300 bg-white p-4">
      <h2 id="status-heading" className="text-lg font-semibold">{t("statusPanel.heading", { reading: readingTitle(asOf, clock, i18n) })}</h2>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <StatusBadge status={derived.status} testId="monument-status" />
        {uncertain ? (
          <span className="text-sm text-stone-800" data-testid="status-uncertainty">{statusSentence(derived, asOf, i18n)}</span>
        ) : derived.confidence ? (
          <span className="text-sm text-stone-700">
            {t("common.confidence")} <strong>{t(`confidence.${derived.confidence}`)}</strong> — {t(`confidenceHelp.${derived.confidence}`)}
          </span>
        ) : (
          <span className="text-sm text-stone-700">
            {t(!asOf ? "statusPanel.noDamage" : clock === "reported" ? "statusPanel.noneReportedBy" : "statusPanel.nothingHappenedBy")}
          </span>
        )}
      </p>
      {derived.conflicting ? (
        <div className="mt-3 grid gap-3 sm:grid-cols-2" data-testid="contested-claims">
          {derived.conflicting.map((group) => (
            <div key={group.extent} className="rounded border border-contested p-3">
              <p className="font-semibold">{t("common.accordingTo", { value: t(`status.${extentToStatus(group.extent)}`) })}</p>
              <ul className="mt-1 text-sm">
                {group.claimIds.map((id) => {
                  const e = byId.get(id);
                  return e ? (
                    <li key={id}>
                      <a href={`#event-${id}`} className="underline">{join(e.citations.map((c) => c.source.publisher)) || t("common.uncitedClaim")}</a>{" "}
                      ({interval({ earliest: e.dateEarliest, latest: e.dateLatest, precision: e.datePrecision })})
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
          {t("statusPanel.components")}{" "}
          {monument.components.map((c, i) => (
            <span key={c.slug}>
              {i ? comma : ""}
              <Link href={`/monuments/${c.slug}`} className="underline"><LocalName of={c} locale={locale} /></Link> <StatusBadge status={c.status} />
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}

import type { DamageExtent, DamageMethod } from "@/lib/domain";
import type { Locale } from "@/lib/locales";
import { getI18n, type I18n } from "@/lib/messages";
import { extentToStatus } from "@/lib/status";
import { decisiveQuote } from "@/lib/disagreements";
import type { MonumentDetail } from "@/lib/queries/monuments";
import { CitationQuote } from "./citation-quote";

type Event = MonumentDetail["events"][number];

function sideLabel(kind: string, value: string, accounts: Event[], { t, interval }: I18n): string {
  switch (kind) {
    case "date": {
      const [earliest, latest] = value.split("/").map((d) => (d === ".." ? null : d));
      return interval({ earliest, latest, precision: "WINDOW" });
    }
    case "extent":
      return t(`status.${extentToStatus(value as DamageExtent)}`);
    case "method":
      return t(`method.${value as DamageMethod}`);
    case "actor":
      return accounts[0]?.actor?.name ?? value;
    default:
      return `${accounts[0]?.figureLabel ?? t("disagreements.figure")}: ${value}`;
  }
}

/** Where accounts of one occurrence disagree: each side with its value and the quote that states it. */
export function Disagreements({ monument, accountHref = (id) => `#event-${id}`, locale = "en" }: { monument: MonumentDetail; accountHref?: (id: string) => string; locale?: Locale }) {
  const i18n = getI18n(locale);
  const { t, join } = i18n;
  if (!monument.disagreements.length) return null;
  const byId = new Map(monument.events.map((e) => [e.id, e]));
  return (
    <section aria-labelledby="disagreements-heading" className="space-y-3" data-testid="disagreements">
      <h2 id="disagreements-heading" className="text-lg font-semibold">{t("disagreements.heading")}</h2>
      <p className="max-w-prose text-sm text-stone-700">
        {t("disagreements.intro")}
      </p>
      {monument.disagreements.map((d) => (
        <div key={`${d.occurrence}-${d.kind}`} className="rounded border border-contested p-3" data-testid="disagreement" data-kind={d.kind}>
          <p className="font-semibold">{t("disagreements.on", { kind: t(`disagreementKind.${d.kind}`) })}</p>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            {d.sides.map((side) => {
              const accounts = side.claimIds.map((id) => byId.get(id)).filter((e): e is Event => !!e);
              return (
                <div key={side.value} className="space-y-2" data-testid="disagreement-side">
                  <p className="text-sm font-medium">{t("common.accordingToColon", { value: sideLabel(d.kind, side.value, accounts, i18n) })}</p>
                  {accounts.map((e) => {
                    // The passage that states this side's value; the account below has the rest.
                    const shown = e.citations[decisiveQuote(d.kind, { dateText: e.dateText, figureValue: e.figureValue, actorName: e.actor?.name ?? null }, e.citations.map((c) => c.quote))];
                    const publishers = [...new Set(e.citations.map((c) => c.source.publisher))];
                    return (
                      <div key={e.id} className="space-y-2">
                        <a href={accountHref(e.id)} className="text-sm underline">{join(publishers) || t("common.uncitedAccount")}</a>
                        {shown ? <CitationQuote citation={shown} locale={locale} /> : null}
                        {e.citations.length > 1 ? (
                          <p className="text-sm"><a href={accountHref(e.id)} className="underline">{t("disagreements.moreQuotes", { count: e.citations.length - 1 })}</a></p>
                        ) : null}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </section>
  );
}

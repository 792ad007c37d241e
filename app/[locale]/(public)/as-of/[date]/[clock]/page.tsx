import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { notFound } from "next/navigation";
import { AsOfForm } from "@/components/as-of-form";
import { MonumentList } from "@/components/monument-list";
import { StatusCounts } from "@/components/status-counts";
import { parseIsoDay } from "@/lib/dates";
import { countByStatus, listMonuments } from "@/lib/queries/monuments";
import { getDefaultSite, OVERVIEW_SHOWN } from "@/lib/queries/sites";
import { nameIn } from "@/lib/messages";
import { firstFamilies } from "@/lib/families";
import { readingTitle } from "@/lib/status-text";
import { CLOCKS, type Clock } from "@/lib/time";
import type { MessageKey } from "@/lib/messages";
import { i18nOf } from "@/lib/page-locale";

// The overview's counts on a day, on either clock: the target of proxy.ts for /?asOf=…&clock=…. Like
// the overview at /, it is the default site's (lib/queries/sites.ts).
// Cached per day and clock like the monument readings; bad dates share one page per clock.
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ date: string; clock: string; locale: string }> };

const MESSAGES: Record<string, MessageKey> = {
  invalid: "asOf.invalid",
  "out-of-range": "asOf.outOfRange",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date, clock } = await params;
  const i18n = await i18nOf(params);
  return { title: parseIsoDay(date) ? i18n.t("asOf.metaTitle", { reading: readingTitle(date, clock === "reported" ? "reported" : "event", i18n) }) : i18n.t("asOf.metaTitleNone"), alternates: { canonical: "/" } };
}

export default async function OverviewAsOfPage({ params }: Props) {
  const { date, clock: rawClock } = await params;
  if (!(CLOCKS as readonly string[]).includes(rawClock)) notFound();
  const clock = rawClock as Clock;
  const asOf = parseIsoDay(date) ? date : undefined;
  if (!asOf && !MESSAGES[date]) notFound();
  // Every monument of the site is derived for the counts (a batch of families at a time); the list
  // shows the first OVERVIEW_SHOWN with their components, as the overview does, and links the map of that day.
  const site = await getDefaultSite();
  const monuments = asOf && site ? await listMonuments(asOf, clock, [site.slug]) : [];
  const listed = firstFamilies(monuments, OVERVIEW_SHOWN);
  const query = `?asOf=${asOf}${clock === "reported" ? "&clock=reported" : ""}`;
  const i18n = await i18nOf(params);
  const { t, locale } = i18n;
  const siteName = site ? nameIn(locale, site).value : "";
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/" className="underline">{t("common.overview")}</Link></p>
      <h1 className="font-serif text-3xl font-semibold">{asOf ? t("asOf.overviewTitle", { site: siteName, reading: readingTitle(asOf, clock, i18n) }) : t("asOf.metaTitleNone")}</h1>
      {asOf ? (
        <p className="max-w-prose text-stone-700" data-testid="as-of-note">
          {t(clock === "reported" ? "asOf.overviewReported" : "asOf.overviewEvent")}
        </p>
      ) : (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900">{t(MESSAGES[date] as MessageKey)}</p>
      )}
      <AsOfForm path="/" asOf={asOf} clock={clock} title={t("asOf.countAgain")} locale={locale} />
      {asOf ? (
        <>
          <section aria-label={t("asOf.counts")}>
            <StatusCounts counts={countByStatus(monuments)} locale={locale} />
          </section>
          <MonumentList monuments={listed.shown} query={query} locale={locale} />
          {listed.topLevel > OVERVIEW_SHOWN ? (
            <p className="text-sm text-stone-700" data-testid="as-of-window">
              {t("asOf.listWindow", { shown: OVERVIEW_SHOWN, total: listed.topLevel })}{" "}
              <Link href={`/map${query}`} className="text-blue-800 underline">{t("asOf.listWindowMap")}</Link>
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

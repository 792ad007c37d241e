import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { monumentFeeds, MonumentView } from "@/components/monument-view";
import { getLastUpdated } from "@/lib/queries/freshness";
import { parseIsoDay } from "@/lib/dates";
import { getMonumentBySlug, listSiteMapWindow } from "@/lib/queries/monuments";
import { CLOCKS, type Clock } from "@/lib/time";
import { getI18n, nameIn, type MessageKey } from "@/lib/messages";
import { localeOf } from "@/lib/page-locale";
import { readingTitle } from "@/lib/status-text";

// The target of proxy.ts for /monuments/<slug>?asOf=<day>[&clock=reported]: each reading is
// rendered on its first request and then cached like the monument page itself (lib/cache-tags.ts).
// proxy.ts sends only checked days here; every bad date shares the "invalid" or "out-of-range" page.
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; date: string; clock: string; locale: string }> };

const MESSAGES: Record<string, MessageKey> = {
  invalid: "asOf.invalidCurrent",
  "out-of-range": "asOf.outOfRangeCurrent",
};

function readParams(date: string, clock: string): { asOf?: string; clock: Clock; error?: MessageKey } | null {
  if (!(CLOCKS as readonly string[]).includes(clock)) return null;
  if (parseIsoDay(date)) return { asOf: date, clock: clock as Clock };
  const error = MESSAGES[date];
  return error ? { clock: clock as Clock, error } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, date, clock } = await params;
  const [monument, locale] = await Promise.all([getMonumentBySlug(slug), localeOf(params)]);
  const i18n = getI18n(locale);
  const read = readParams(date, clock);
  return {
    title: monument ? `${nameIn(locale, monument).value}${read?.asOf ? ` ${readingTitle(read.asOf, read.clock, i18n)}` : ""}` : i18n.t("monument.notFound"),
    alternates: { canonical: `/monuments/${slug}`, ...(monument ? { types: monumentFeeds(monument, locale) } : {}) },
  };
}

export default async function MonumentAsOfPage({ params }: Props) {
  const { slug, date, clock } = await params;
  const read = readParams(date, clock);
  if (!read) notFound();
  const locale = await localeOf(params);
  const monument = await getMonumentBySlug(slug, read.asOf, read.clock);
  if (!monument) notFound();
  const { total, monuments: siteMonuments } = await listSiteMapWindow(monument, read.asOf, read.clock);
  const updated = await getLastUpdated({ kind: "monument", monumentId: monument.id });
  return <MonumentView monument={monument} siteMonuments={siteMonuments} siteTotal={total} updated={updated} asOf={read.asOf} clock={read.clock} asOfError={read.error ? getI18n(locale).t(read.error) : undefined} locale={locale} />;
}

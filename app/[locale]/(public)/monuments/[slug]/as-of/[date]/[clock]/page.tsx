import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { monumentFeeds, MonumentView } from "@/components/monument-view";
import { getLastUpdated } from "@/lib/queries/freshness";
import { parseIsoDay } from "@/lib/dates";
import { getMonumentBySlug, listMonuments } from "@/lib/queries/monuments";
import { CLOCKS, type Clock } from "@/lib/time";

// The target of proxy.ts for /monuments/<slug>?asOf=<day>[&clock=reported]: each reading is
// rendered on its first request and then cached like the monument page itself (lib/cache-tags.ts).
// proxy.ts sends only checked days here; every bad date shares the "invalid" or "out-of-range" page.
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; date: string; clock: string }> };

const MESSAGES: Record<string, string> = {
  invalid: "The “as of” date must be a calendar date written YYYY-MM-DD (for example 2016-01-01): showing the current status instead.",
  "out-of-range": "That “as of” date is outside the period this record covers (from its first reports to today): showing the current status instead.",
};

function readParams(date: string, clock: string): { asOf?: string; clock: Clock; error?: string } | null {
  if (!(CLOCKS as readonly string[]).includes(clock)) return null;
  if (parseIsoDay(date)) return { asOf: date, clock: clock as Clock };
  const error = MESSAGES[date];
  return error ? { clock: clock as Clock, error } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, date, clock } = await params;
  const monument = await getMonumentBySlug(slug);
  const read = readParams(date, clock);
  return {
    title: monument ? `${monument.name}${read?.asOf ? ` ${read.clock === "reported" ? "as reported by" : "on"} ${read.asOf}` : ""}` : "Monument not found",
    alternates: { canonical: `/monuments/${slug}`, ...(monument ? { types: monumentFeeds(slug, monument.name) } : {}) },
  };
}

export default async function MonumentAsOfPage({ params }: Props) {
  const { slug, date, clock } = await params;
  const read = readParams(date, clock);
  if (!read) notFound();
  const monument = await getMonumentBySlug(slug, read.asOf, read.clock);
  if (!monument) notFound();
  const siteMonuments = await listMonuments(read.asOf, read.clock, [monument.site.slug]);
  const updated = await getLastUpdated({ kind: "monument", monumentId: monument.id });
  return <MonumentView monument={monument} siteMonuments={siteMonuments} updated={updated} asOf={read.asOf} clock={read.clock} asOfError={read.error} />;
}

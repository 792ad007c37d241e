import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MonumentView } from "@/components/monument-view";
import { parseIsoDay } from "@/lib/dates";
import { getMonumentBySlug } from "@/lib/queries/monuments";

// The target of the ?asOf= rewrite (next.config.ts): each monument/date pair is rendered on its
// first request and then cached like the monument page itself (lib/cache-tags.ts).
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; date: string }> };

function readDate(raw: string): { asOf?: string; error?: string } {
  if (parseIsoDay(raw)) return { asOf: raw };
  // "invalid" stands for any asOf value not shaped YYYY-MM-DD (next.config.ts); the value itself is not echoed.
  return raw === "invalid"
    ? { error: "The “as of” date must be written YYYY-MM-DD (for example 2016-01-01): showing the current status instead." }
    : { error: `${raw} is not a calendar date: showing the current status instead.` };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, date } = await params;
  const monument = await getMonumentBySlug(slug);
  const { asOf } = readDate(date);
  return {
    title: monument ? `${monument.name}${asOf ? ` as of ${asOf}` : ""}` : "Monument not found",
    alternates: { canonical: `/monuments/${slug}` },
  };
}

export default async function MonumentAsOfPage({ params }: Props) {
  const { slug, date } = await params;
  const { asOf, error } = readDate(date);
  const monument = await getMonumentBySlug(slug, asOf);
  if (!monument) notFound();
  return <MonumentView monument={monument} asOf={asOf} asOfError={error} />;
}

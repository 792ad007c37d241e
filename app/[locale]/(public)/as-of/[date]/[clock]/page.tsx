import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { notFound } from "next/navigation";
import { AsOfForm } from "@/components/as-of-form";
import { MonumentList } from "@/components/monument-list";
import { StatusCounts } from "@/components/status-counts";
import { parseIsoDay } from "@/lib/dates";
import { countByStatus, listMonuments } from "@/lib/queries/monuments";
import { readingTitle } from "@/lib/status-text";
import { CLOCKS, type Clock } from "@/lib/time";

// The overview's counts on a day, on either clock: the target of proxy.ts for /?asOf=…&clock=….
// Cached per day and clock like the monument readings; bad dates share one page per clock.
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ date: string; clock: string }> };

const MESSAGES: Record<string, string> = {
  invalid: "The “as of” date must be a calendar date written YYYY-MM-DD (for example 2016-01-01).",
  "out-of-range": "That “as of” date is outside the period this record covers (from its first reports to today).",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date, clock } = await params;
  return { title: parseIsoDay(date) ? `Monuments ${clock === "reported" ? "as reported by" : "on"} ${date}` : "Monuments on a date", alternates: { canonical: "/" } };
}

export default async function OverviewAsOfPage({ params }: Props) {
  const { date, clock: rawClock } = await params;
  if (!(CLOCKS as readonly string[]).includes(rawClock)) notFound();
  const clock = rawClock as Clock;
  const asOf = parseIsoDay(date) ? date : undefined;
  if (!asOf && !MESSAGES[date]) notFound();
  const monuments = asOf ? await listMonuments(asOf, clock) : [];
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/" className="underline">Overview</Link></p>
      <h1 className="font-serif text-3xl font-semibold">Monuments by status {asOf ? readingTitle(asOf, clock) : ""}</h1>
      {asOf ? (
        <p className="max-w-prose text-stone-700" data-testid="as-of-note">
          {clock === "reported"
            ? "Only what had been published by that day counts: what a journalist could have known then."
            : "Their state on that day, judged by everything reported since: an event counts as certain from the last day of its date window; inside it, the status is uncertain."}
        </p>
      ) : (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900">{MESSAGES[date]}</p>
      )}
      <AsOfForm path="/" asOf={asOf} clock={clock} title="Count them on another date" />
      {asOf ? (
        <>
          <section aria-label="Counts">
            <StatusCounts counts={countByStatus(monuments)} />
          </section>
          <MonumentList monuments={monuments} query={`?asOf=${asOf}${clock === "reported" ? "&clock=reported" : ""}`} />
        </>
      ) : null}
    </div>
  );
}

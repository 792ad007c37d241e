import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CitationQuote } from "@/components/citation-quote";
import { EventItem } from "@/components/event-item";
import { ExportMenu } from "@/components/export/export-menu";
import { StatusBadge } from "@/components/status-badge";
import { CONFIDENCE_HELP, CONFIDENCE_LABELS, MONUMENT_TYPE_LABELS, NAME_KIND_LABELS, textDirection } from "@/lib/labels";
import { getMonumentBySlug } from "@/lib/queries/monuments";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const monument = await getMonumentBySlug((await params).slug);
  return { title: monument?.name ?? "Monument not found" };
}

export default async function MonumentPage({ params }: Props) {
  const { slug } = await params;
  const monument = await getMonumentBySlug(slug);
  if (!monument) notFound();
  const { derived } = monument;
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/monuments" className="underline">Monuments</Link> · {monument.site.name}
          {monument.parent ? (
            <>
              {" "}· part of <Link href={`/monuments/${monument.parent.slug}`} className="underline">{monument.parent.name}</Link>
            </>
          ) : null}
        </p>
        <h1 className="font-serif text-3xl font-semibold">{monument.name}</h1>
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Names">
          {monument.names
            .filter((n) => n.value !== monument.name)
            .map((n) => (
              <li key={n.value} className="text-stone-700">
                <span lang={n.lang} dir={textDirection(n.lang)} className={n.lang === "ar" ? "text-lg" : ""}>
                  {n.value}
                </span>{" "}
                <span className="text-xs text-stone-500">({n.lang}, {NAME_KIND_LABELS[n.kind]})</span>
              </li>
            ))}
        </ul>
        <ExportMenu query={`monument=${encodeURIComponent(monument.slug)}`} title="Cite the sources on this page" />
      </header>

      <section aria-labelledby="status-heading" className="rounded border border-stone-300 bg-white p-4">
        <h2 id="status-heading" className="text-lg font-semibold">Current status</h2>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <StatusBadge status={derived.status} testId="monument-status" />
          {derived.confidence ? (
            <span className="text-sm text-stone-700">
              Confidence: <strong>{CONFIDENCE_LABELS[derived.confidence]}</strong> — {CONFIDENCE_HELP[derived.confidence]}
            </span>
          ) : (
            <span className="text-sm text-stone-700">No published report of damage.</span>
          )}
        </p>
        {monument.components.length ? (
          <p className="mt-2 text-sm text-stone-700">
            Components:{" "}
            {monument.components.map((c, i) => (
              <span key={c.slug}>
                {i ? ", " : ""}
                <Link href={`/monuments/${c.slug}`} className="underline">{c.name}</Link> <StatusBadge status={c.status} />
              </span>
            ))}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="about-heading" className="space-y-2">
        <h2 id="about-heading" className="text-lg font-semibold">What it is</h2>
        <p>{monument.description}</p>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">Type</dt>
          <dd>{MONUMENT_TYPE_LABELS[monument.type]}</dd>
          <dt className="text-stone-600">Built</dt>
          <dd>{monument.constructionDate ?? "not stated by our sources"}</dd>
          <dt className="text-stone-600">Location</dt>
          <dd>
            {monument.latitude != null && monument.longitude != null
              ? `${monument.latitude.toFixed(5)}, ${monument.longitude.toFixed(5)} (${monument.locationPrecision.toLowerCase()})`
              : `${monument.site.name}, ${monument.site.country} (exact position not recorded)`}
          </dd>
        </dl>
        {monument.citations.length ? (
          <div className="space-y-3">
            <h3 className="font-semibold">What sources say about it</h3>
            {monument.citations.map((c) => (
              <CitationQuote key={c.id} citation={c} />
            ))}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="events-heading" className="space-y-3">
        <h2 id="events-heading" className="text-lg font-semibold">What happened, and who says so</h2>
        {monument.events.length ? (
          <ol className="space-y-4" data-testid="event-list">
            {monument.events.map((e) => (
              <EventItem key={e.id} event={e} />
            ))}
          </ol>
        ) : (
          <p>No published reports about this monument.</p>
        )}
      </section>
    </article>
  );
}

import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { notFound } from "next/navigation";
import { SourceExport } from "@/components/export/source-export";
import { PageMeta } from "@/components/page-meta";
import { sourceDownloads } from "@/lib/downloads";
import { getLastUpdated } from "@/lib/queries/freshness";
import { formatInterval } from "@/lib/dates";
import { supportLabel } from "@/lib/independence";
import { CONFIDENCE_LABELS, EXTENT_LABELS, METHOD_LABELS, SOURCE_KIND_LABELS } from "@/lib/labels";
import { getSource, type SourceDetail } from "@/lib/queries/sources";

// Rendered on first request, then cached; refreshed on edit (lib/cache-tags.ts).
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSource((await params).id);
  return { title: source?.title ?? "Source not found" };
}

function claimOf(c: SourceDetail["citations"][number]) {
  if (c.damageEvent) {
    const e = c.damageEvent;
    const when = formatInterval({ earliest: e.dateEarliest, latest: e.dateLatest, precision: e.datePrecision });
    return (
      <>
        <Link href={`/monuments/${e.monument.slug}`} className="text-blue-800 underline">{e.monument.name}</Link>:{" "}
        {METHOD_LABELS[e.method]}
        {e.extent ? `, ${EXTENT_LABELS[e.extent].toLowerCase()}` : ""} ({when})
      </>
    );
  }
  if (c.controlPeriod) {
    const p = c.controlPeriod;
    return <>Control of the city: {p.actor.name} from {formatInterval({ earliest: p.startEarliest, latest: p.startLatest, precision: p.startPrecision })}</>;
  }
  if (c.monument) {
    return (
      <>
        <Link href={`/monuments/${c.monument.slug}`} className="text-blue-800 underline">{c.monument.name}</Link>: {c.field}
      </>
    );
  }
  return <>{c.site?.name}: {c.field}</>;
}

export default async function SourcePage({ params }: Props) {
  const [source, updated] = await Promise.all([getSource((await params).id), getLastUpdated({ kind: "all" })]);
  if (!source) notFound();
  const published = formatInterval({
    earliest: source.publishedEarliest,
    latest: source.publishedLatest,
    precision: source.publishedPrecision,
  });
  return (
    <article className="space-y-6">
      <header>
        <p className="text-sm text-stone-600"><Link href="/sources" className="underline">Sources</Link></p>
        <h1 className="font-serif text-2xl font-semibold">{source.title}</h1>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">Publisher</dt>
          <dd>{source.publisher}</dd>
          <dt className="text-stone-600">Authors</dt>
          <dd>{source.authors.length ? source.authors.join(", ") : "not named"}</dd>
          <dt className="text-stone-600">Published</dt>
          <dd>
            {published}
            {source.publishedText ? <span className="text-stone-600"> — {source.publishedText}</span> : null}
          </dd>
          <dt className="text-stone-600">Kind</dt>
          <dd>{SOURCE_KIND_LABELS[source.kind]}</dd>
          <dt className="text-stone-600">Language</dt>
          <dd>{source.language}</dd>
          <dt className="text-stone-600">Link</dt>
          <dd>
            {source.url ? <a href={source.url} className="break-all text-blue-800 underline" rel="noopener noreferrer">{source.url}</a> : "no address recorded"}
            {source.archiveUrl ? (
              <> · <a href={source.archiveUrl} className="text-blue-800 underline" rel="noopener noreferrer">archived copy</a></>
            ) : null}
          </dd>
        </dl>
        {source.note ? <p className="mt-2 text-sm text-stone-700">{source.note}</p> : null}
        <SourceExport source={source} />
      </header>
      <section aria-labelledby="claims-heading" className="space-y-3">
        <h2 id="claims-heading" className="text-lg font-semibold">Claims this source supports ({source.citations.length})</h2>
        <ol className="space-y-3" data-testid="source-claims">
          {source.citations.map((c) => (
            <li key={c.id} className="rounded border border-stone-300 bg-white p-3">
              <p className="text-sm">{claimOf(c)}</p>
              <blockquote className="mt-2 border-s-4 border-stone-300 ps-3 font-serif italic">“{c.quote}”</blockquote>
              {c.paragraph ? <p className="mt-1 text-xs text-stone-600">paragraph {c.paragraph}</p> : null}
              {c.damageEvent && c.support !== null ? (
                <p className="mt-1 text-sm text-stone-700" data-testid="support">
                  Backed by {supportLabel(c.support)} · confidence {CONFIDENCE_LABELS[c.damageEvent.confidence].toLowerCase()}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <PageMeta updated={updated} downloads={sourceDownloads(source.slug)} permalink={`/sources/${source.slug}`} />
    </article>
  );
}

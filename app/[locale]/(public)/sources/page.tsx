import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { BasketButton } from "@/components/export/basket-button";
import { PageMeta } from "@/components/page-meta";
import { sourceDownloads } from "@/lib/downloads";
import { getLastUpdated } from "@/lib/queries/freshness";
import { formatInterval } from "@/lib/dates";
import { SOURCE_KIND_LABELS } from "@/lib/labels";
import { listSources } from "@/lib/queries/sources";
import { RenderedOnRequest } from "@/components/rendered-on-request";
import { isBuildTime } from "@/lib/env";

export const metadata: Metadata = { title: "Sources" };

// Static, refreshed on edit (lib/cache-tags.ts).
export const revalidate = 3600;

export default async function SourcesPage() {
  if (isBuildTime()) return <RenderedOnRequest />;
  const [sources, updated] = await Promise.all([listSources(), getLastUpdated({ kind: "all" })]);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">Sources</h1>
      <p className="text-stone-700">The published reports behind every claim, oldest first.</p>
      <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white" data-testid="source-list">
        {sources.map((s) => (
          <li key={s.id} className="p-3">
            <Link href={`/sources/${s.slug}`} className="font-medium text-blue-800 underline">
              {s.title}
            </Link>
            <p className="text-sm text-stone-600">
              {s.publisher}
              {s.authors.length ? ` · ${s.authors.join(", ")}` : ""} ·{" "}
              {formatInterval({ earliest: s.publishedEarliest, latest: s.publishedLatest, precision: s.publishedPrecision })} ·{" "}
              {SOURCE_KIND_LABELS[s.kind]} · {s._count.citations} quoted passage{s._count.citations === 1 ? "" : "s"}
            </p>
            <BasketButton item={{ kind: "source", id: s.slug, label: s.title, href: `/sources/${s.slug}` }} />
          </li>
        ))}
      </ul>
      <PageMeta updated={updated} downloads={sourceDownloads()} permalink="/sources" />
    </div>
  );
}

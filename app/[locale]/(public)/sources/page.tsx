import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { BasketButton } from "@/components/export/basket-button";
import { PageMeta } from "@/components/page-meta";
import { sourceDownloads } from "@/lib/downloads";
import { getLastUpdated } from "@/lib/queries/freshness";
import { i18nOf } from "@/lib/page-locale";
import { listSources } from "@/lib/queries/sources";
import { RenderedOnRequest } from "@/components/rendered-on-request";
import { isBuildTime } from "@/lib/env";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: (await i18nOf(params)).t("sourcesPage.title") };
}

// Static, refreshed on edit (lib/cache-tags.ts).
export const revalidate = 3600;

export default async function SourcesPage({ params }: { params: Promise<{ locale: string }> }) {
  if (isBuildTime()) return <RenderedOnRequest />;
  const { t, interval, join, locale } = await i18nOf(params);
  const [sources, updated] = await Promise.all([listSources(), getLastUpdated({ kind: "all" })]);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">{t("sourcesPage.title")}</h1>
      <p className="text-stone-700">{t("sourcesPage.intro")}</p>
      <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white" data-testid="source-list">
        {sources.map((s) => (
          <li key={s.id} className="p-3">
            <Link href={`/sources/${s.slug}`} className="font-medium text-blue-800 underline">
              {s.title}
            </Link>
            <p className="text-sm text-stone-600">
              {s.publisher}
              {s.authors.length ? ` · ${join(s.authors)}` : ""} ·{" "}
              {interval({ earliest: s.publishedEarliest, latest: s.publishedLatest, precision: s.publishedPrecision })} ·{" "}
              {t(`sourceKind.${s.kind}`)} · {t(s._count.citations === 1 ? "sourcesPage.passagesOne" : "sourcesPage.passages", { count: s._count.citations })}
            </p>
            <BasketButton item={{ kind: "source", id: s.slug, label: s.title, href: `/sources/${s.slug}` }} />
          </li>
        ))}
      </ul>
      <PageMeta updated={updated} downloads={sourceDownloads()} permalink="/sources" locale={locale} />
    </div>
  );
}

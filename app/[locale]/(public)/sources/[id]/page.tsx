import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { LocalName } from "@/components/local-name";
import { notFound } from "next/navigation";
import { SourceExport } from "@/components/export/source-export";
import { PageMeta } from "@/components/page-meta";
import { sourceDownloads } from "@/lib/downloads";
import { getLastUpdated } from "@/lib/queries/freshness";
import { getI18n, type I18n } from "@/lib/messages";
import { localeOf } from "@/lib/page-locale";
import { extentToStatus } from "@/lib/status";
import { supportLabel } from "@/lib/independence";
import { getSource, type SourceDetail } from "@/lib/queries/sources";

// Rendered on first request, then cached; refreshed on edit (lib/cache-tags.ts).
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [source, locale] = await Promise.all([getSource((await params).id), localeOf(params)]);
  return { title: source?.title ?? getI18n(locale).t("source.notFound") };
}

function claimOf(c: SourceDetail["citations"][number], { t, interval, comma, locale }: I18n) {
  if (c.damageEvent) {
    const e = c.damageEvent;
    const when = interval({ earliest: e.dateEarliest, latest: e.dateLatest, precision: e.datePrecision });
    return (
      <>
        <Link href={`/monuments/${e.monument.slug}`} className="text-blue-800 underline"><LocalName of={e.monument} locale={locale} /></Link>:{" "}
        {t(`method.${e.method}`)}
        {e.extent ? `${comma}${t(`status.${extentToStatus(e.extent)}`).toLowerCase()}` : ""} ({when})
      </>
    );
  }
  if (c.controlPeriod) {
    const p = c.controlPeriod;
    return <>{t("source.control", { actor: p.actor.name, date: interval({ earliest: p.startEarliest, latest: p.startLatest, precision: p.startPrecision }) })}</>;
  }
  if (c.monument) {
    return (
      <>
        <Link href={`/monuments/${c.monument.slug}`} className="text-blue-800 underline"><LocalName of={c.monument} locale={locale} /></Link>: {c.field}
      </>
    );
  }
  return <>{c.site ? <LocalName of={c.site} locale={locale} /> : null}: {c.field}</>;
}

export default async function SourcePage({ params }: Props) {
  const [source, updated, locale] = await Promise.all([getSource((await params).id), getLastUpdated({ kind: "all" }), localeOf(params)]);
  if (!source) notFound();
  const i18n = getI18n(locale);
  const { t } = i18n;
  const published = i18n.interval({
    earliest: source.publishedEarliest,
    latest: source.publishedLatest,
    precision: source.publishedPrecision,
  });
  return (
    <article className="space-y-6">
      <header>
        <p className="text-sm text-stone-600"><Link href="/sources" className="underline">{t("sourcesPage.title")}</Link></p>
        <h1 className="font-serif text-2xl font-semibold" lang={source.language} dir="auto">{source.title}</h1>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">{t("source.publisher")}</dt>
          <dd>{source.publisher}</dd>
          <dt className="text-stone-600">{t("source.authors")}</dt>
          <dd>{source.authors.length ? i18n.join(source.authors) : t("source.notNamed")}</dd>
          <dt className="text-stone-600">{t("source.published")}</dt>
          <dd>
            {published}
            {source.publishedText ? <span className="text-stone-600"> — {source.publishedText}</span> : null}
          </dd>
          <dt className="text-stone-600">{t("source.kind")}</dt>
          <dd>{t(`sourceKind.${source.kind}`)}</dd>
          <dt className="text-stone-600">{t("source.language")}</dt>
          <dd>{locale === "en" ? source.language : `${i18n.language(source.language)} (${source.language})`}</dd>
          <dt className="text-stone-600">{t("source.link")}</dt>
          <dd>
            {source.url ? <a href={source.url} className="break-all text-blue-800 underline" rel="noopener noreferrer">{source.url}</a> : t("source.noAddress")}
            {source.archiveUrl ? (
              <> · <a href={source.archiveUrl} className="text-blue-800 underline" rel="noopener noreferrer">{t("citation.archived")}</a></>
            ) : null}
          </dd>
        </dl>
        {source.note ? <p className="mt-2 text-sm text-stone-700">{source.note}</p> : null}
        <SourceExport source={source} locale={locale} />
      </header>
      <section aria-labelledby="claims-heading" className="space-y-3">
        <h2 id="claims-heading" className="text-lg font-semibold">{t("source.claims", { count: source.citations.length })}</h2>
        <ol className="space-y-3" data-testid="source-claims">
          {source.citations.map((c) => (
            <li key={c.id} className="rounded border border-stone-300 bg-white p-3">
              <p className="text-sm">{claimOf(c, i18n)}</p>
              <blockquote lang={source.language} dir="auto" className="mt-2 border-s-4 border-stone-300 ps-3 font-serif italic">“{c.quote}”</blockquote>
              {c.paragraph ? <p className="mt-1 text-xs text-stone-600">{t("source.paragraph", { n: c.paragraph })}</p> : null}
              {c.damageEvent && c.support !== null ? (
                <p className="mt-1 text-sm text-stone-700" data-testid="support">
                  {t("source.backedBy", { support: supportLabel(c.support, i18n), confidence: t(`confidence.${c.damageEvent.confidence}`).toLowerCase() })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <PageMeta updated={updated} downloads={sourceDownloads(source.slug)} permalink={`/sources/${source.slug}`} locale={locale} />
    </article>
  );
}

import Link from "@/components/locale-link";
import type { Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";
import type { DatePrecision } from "@/lib/domain";

export type CitationView = {
  id: string;
  quote: string;
  paragraph: number | null;
  source: {
    slug: string;
    title: string;
    publisher: string;
    url: string | null;
    archiveUrl: string | null;
    publishedEarliest: Date | null;
    publishedLatest: Date | null;
    publishedPrecision: DatePrecision;
    /** BCP 47: the quote is in the source's language. */
    language?: string;
  };
};

/** One quoted passage with who says it: publisher, date, title (linked), archive copy. */
export function CitationQuote({ citation, locale = "en" }: { citation: CitationView; locale?: Locale }) {
  const { source } = citation;
  const { t, interval } = getI18n(locale);
  const date = interval({
    earliest: source.publishedEarliest,
    latest: source.publishedLatest,
    precision: source.publishedPrecision,
  });
  return (
    <figure className="border-s-4 border-stone-300 ps-3" data-testid="citation">
      <blockquote lang={source.language} dir="auto" className="font-serif italic text-stone-800">“{citation.quote}”</blockquote>
      <figcaption className="mt-1 text-sm text-stone-600">
        — {source.publisher}, {date}:{" "}
        {source.url ? (
          <a href={source.url} className="text-blue-800 underline" rel="noopener noreferrer">
            {source.title}
          </a>
        ) : (
          <cite>{source.title}</cite>
        )}
        {citation.paragraph ? `, ${t("citation.paragraph", { n: citation.paragraph })}` : ""}
        {source.archiveUrl ? (
          <>
            {" "}
            (<a href={source.archiveUrl} className="text-blue-800 underline" rel="noopener noreferrer">{t("citation.archived")}</a>)
          </>
        ) : null}{" "}
        · <Link href={`/sources/${source.slug}`} className="text-blue-800 underline">{t("citation.allClaims")}</Link>
      </figcaption>
    </figure>
  );
}

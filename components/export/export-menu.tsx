import { CITATION_FORMATS, FORMAT_LABELS, STYLE_FORMATS } from "@/lib/citations/format-names";
import { CopyCitations } from "./copy-citations";
import type { Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";

const FILE_FORMATS = CITATION_FORMATS.filter((f) => !(STYLE_FORMATS as readonly string[]).includes(f));

/** A download of what `query` selects, in the citations API's terms. */
export const citationHref = (query: string, format: string, extra = "") => `/api/v1/citations?${query}&format=${format}${extra}`;

/** The menu's content: downloads in every format and copy buttons for the formatted styles. */
export function ExportMenuBody({ query, locale = "en" }: { query: string; locale?: Locale }) {
  const { t } = getI18n(locale);
  const href = (format: string, extra = "") => citationHref(query, format, extra);
  return (
    <div className="mt-2 space-y-3">
      <div>
        <p className="text-stone-600">{t("export.download")}</p>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {FILE_FORMATS.map((f) => (
            <li key={f}>
              <a href={href(f)} download className="text-blue-800 underline">{FORMAT_LABELS[f]}</a>
            </li>
          ))}
          <li>
            <a href={href("csl-json", "&quotes=1")} download className="text-blue-800 underline">{t("export.cslQuotes")}</a>
          </li>
        </ul>
      </div>
      <div>
        <p className="text-stone-600">{t("export.formatted")}</p>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {STYLE_FORMATS.map((f) => (
            <li key={f}>
              {FORMAT_LABELS[f]}: <a href={href(f)} download className="text-blue-800 underline">{t("export.text")}</a> ·{" "}
              <a href={href(f, "&html=1")} download className="text-blue-800 underline">{t("export.html")}</a>
            </li>
          ))}
        </ul>
      </div>
      <CopyCitations query={query} />
    </div>
  );
}

/**
 * "Cite these sources": downloads in every format and copy buttons for the formatted styles.
 * `query` selects what is cited, in the citations API's terms (monument=…, event=…, source=…,
 * or the events list's filters).
 */
export function ExportMenu({ query, title, testId = "export-menu", open = false, locale = "en" }: { query: string; title?: string; testId?: string; open?: boolean; locale?: Locale }) {
  const { t } = getI18n(locale);
  return (
    <details className="rounded border border-stone-300 bg-stone-50 p-2 text-sm" data-testid={testId} open={open}>
      <summary className="cursor-pointer font-medium">{title ?? t("export.cite")}</summary>
      <ExportMenuBody query={query} locale={locale} />
    </details>
  );
}

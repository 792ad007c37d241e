import Link from "@/components/locale-link";
import type { Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";
import { pageCount, pageQuery, shownRange, type PageRequest } from "@/lib/paging";

type Props = {
  path: string;
  /** The list's query (filters, sort): kept on every page link. */
  params: URLSearchParams;
  page: PageRequest;
  defaultLimit: number;
  total: number;
  rowsOnPage: number;
  /** What the rows are. */
  noun: "events" | "monuments" | "sources" | "records" | "sites";
  locale?: Locale;
};

/** Previous / next links and where the reader is ("21–40 of 95 events, page 2 of 5"). Plain links: works without JavaScript. */
export function Pager({ path, params, page, defaultLimit, total, rowsOnPage, noun: nounKey, locale = "en" }: Props) {
  const { t } = getI18n(locale);
  const noun = t(`pager.${nounKey}`);
  const last = pageCount(total, page.limit);
  const [from, to] = shownRange(page, rowsOnPage);
  const href = (n: number) => `${path}${pageQuery(params, n, page.limit, defaultLimit)}`;
  const link = "rounded border border-stone-400 bg-white px-2 py-1 text-blue-800 underline";
  return (
    <nav aria-label={t("pager.label", { noun })} className="no-print flex flex-wrap items-center gap-3 text-sm" data-testid="pager">
      <span data-testid="pager-status">
        {total ? t("pager.status", { from, to, total, noun }) : t("pager.none", { noun })}
        {last > 1 ? t("pager.page", { page: page.page, last }) : ""}
      </span>
      {page.page > 1 ? (
        <>
          <Link href={href(1)} className={link}>{t("pager.first")}</Link>
          <Link href={href(Math.min(page.page - 1, last))} className={link} rel="prev">{t("pager.previous")}</Link>
        </>
      ) : null}
      {page.page < last ? (
        <>
          <Link href={href(page.page + 1)} className={link} rel="next">{t("pager.next")}</Link>
          <Link href={href(last)} className={link}>{t("pager.last")}</Link>
        </>
      ) : null}
    </nav>
  );
}

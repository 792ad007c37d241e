import Link from "next/link";
import { pageCount, pageQuery, shownRange, type PageRequest } from "@/lib/paging";

type Props = {
  path: string;
  /** The list's query (filters, sort): kept on every page link. */
  params: URLSearchParams;
  page: PageRequest;
  defaultLimit: number;
  total: number;
  rowsOnPage: number;
  /** What the rows are, plural ("events"). */
  noun: string;
};

/** Previous / next links and where the reader is ("21–40 of 95 events, page 2 of 5"). Plain links: works without JavaScript. */
export function Pager({ path, params, page, defaultLimit, total, rowsOnPage, noun }: Props) {
  const last = pageCount(total, page.limit);
  const [from, to] = shownRange(page, rowsOnPage);
  const href = (n: number) => `${path}${pageQuery(params, n, page.limit, defaultLimit)}`;
  const link = "rounded border border-stone-400 bg-white px-2 py-1 text-blue-800 underline";
  return (
    <nav aria-label={`Pages of ${noun}`} className="no-print flex flex-wrap items-center gap-3 text-sm" data-testid="pager">
      <span data-testid="pager-status">
        {total ? `${from}–${to} of ${total} ${noun}` : `No ${noun}`}
        {last > 1 ? `, page ${page.page} of ${last}` : ""}
      </span>
      {page.page > 1 ? (
        <>
          <Link href={href(1)} className={link}>First</Link>
          <Link href={href(Math.min(page.page - 1, last))} className={link} rel="prev">Previous</Link>
        </>
      ) : null}
      {page.page < last ? (
        <>
          <Link href={href(page.page + 1)} className={link} rel="next">Next</Link>
          <Link href={href(last)} className={link}>Last</Link>
        </>
      ) : null}
    </nav>
  );
}

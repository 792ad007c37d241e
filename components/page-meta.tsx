import { FEED_PATHS } from "@/lib/feeds/paths";
import type { Download } from "@/lib/downloads";
import type { Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";
import { Permalink, PrintedOn } from "./printed-on";

/**
 * Where a page stands in time and how to take it away: last updated (printed as "data as of"),
 * the day it was printed and its permalink (on paper only), the downloads of exactly what it
 * shows, and its Atom feed and the JSON change feed.
 */
export function PageMeta({ updated, downloads, feed, permalink, locale = "en" }: { updated: string | null; downloads: Download[]; feed?: string; permalink: string; locale?: Locale }) {
  const { t, day: dayIn } = getI18n(locale);
  const day = updated?.slice(0, 10);
  const when = day ? dayIn(day) : t("page.noChanges");
  return (
    <aside className="mt-10 space-y-2 border-t border-stone-300 pt-4 text-sm text-stone-700" aria-label={t("page.lastUpdated")} data-testid="page-meta">
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        <span data-testid="last-updated">
          <span className="print:hidden">{t("page.lastUpdated")}</span>
          <span className="hidden print:inline">{t("page.dataAsOf")}</span>{" "}
          {updated ? <time dateTime={updated}>{when}</time> : when}
        </span>
        <span className="hidden print:inline" data-testid="printed-on">
          <PrintedOn label={t("page.printedOn")} />
        </span>
        <span className="hidden print:inline">
          <Permalink label={t("page.permalink")} path={permalink} />
        </span>
      </p>
      {downloads.length ? (
        <div className="no-print">
          <h2 className="font-semibold">{t("page.downloads")}</h2>
          <ul className="flex flex-wrap gap-x-4 gap-y-1" data-testid="downloads">
            {downloads.map((d) => (
              <li key={d.href}>
                <a href={d.href} className="text-blue-800 underline">{d.label}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="no-print">
        <h2 className="font-semibold">{t("page.follow")}</h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {feed && feed !== FEED_PATHS.all ? (
            <li><a href={feed} type="application/atom+xml" className="text-blue-800 underline">{t("page.atomFeed")}</a></li>
          ) : null}
          <li><a href={FEED_PATHS.all} type="application/atom+xml" className="text-blue-800 underline">{t("page.siteFeed")}</a></li>
          <li><a href="/api/v1/changes?since=2015-01-01" className="text-blue-800 underline">{t("page.changesJson")}</a></li>
        </ul>
      </div>
    </aside>
  );
}

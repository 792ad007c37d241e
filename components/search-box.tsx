import { getI18n } from "@/lib/messages";
import type { Locale } from "@/lib/locales";

/** The header's search box: a GET form to /search (in the reader's language), so it works without JavaScript. */
export function SearchBox({ defaultValue = "", id = "site-search", locale = "en" }: { defaultValue?: string; id?: string; locale?: Locale }) {
  const { t, path } = getI18n(locale);
  return (
    <form role="search" method="get" action={path("/search")} className="flex gap-1">
      <label htmlFor={id} className="sr-only">{t("search.label")}</label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={t("search.placeholder")}
        className="w-28 min-w-0 rounded border border-stone-400 px-2 py-1 text-sm sm:w-56"
      />
      <button type="submit" className="rounded bg-stone-800 px-2 py-1 text-sm font-medium text-white">{t("search.submit")}</button>
    </form>
  );
}

import Link from "@/components/locale-link";
import type { MonumentSummary } from "@/lib/queries/monuments";
import { textDirection } from "@/lib/labels";
import type { Locale } from "@/lib/locales";
import { nameIn, t } from "@/lib/messages";
import { StatusBadge } from "./status-badge";

/**
 * Monuments with their components nested; `flat` lists them in the given order (search results);
 * `query` (e.g. "?asOf=2015-09-15") carries a reading of the date on to each monument's page.
 * In Arabic the Arabic name comes first (as the link), the English one after it.
 */
export function MonumentList({ monuments, flat = false, query = "", locale = "en" }: { monuments: MonumentSummary[]; flat?: boolean; query?: string; locale?: Locale }) {
  const top = flat ? monuments : monuments.filter((m) => !m.parentId);
  const childrenOf = (id: string) => monuments.filter((m) => m.parentId === id);
  const item = (m: MonumentSummary) => {
    const arabic = m.names.find((n) => n.lang === "ar");
    const english = { value: m.name, lang: "en" };
    const [first, second] = locale === "ar" && arabic ? [arabic, english] : [english, arabic];
    return (
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Link href={`/monuments/${m.slug}${query}`} lang={first.lang} dir={textDirection(first.lang)} className="font-medium text-blue-800 underline">
          {first.value}
        </Link>
        {second ? (
          <span lang={second.lang} dir={textDirection(second.lang)} className="text-stone-700">
            {second.value}
          </span>
        ) : null}
        <span className="text-xs text-stone-600">{t(`monumentType.${m.type}`, {}, locale)}</span>
        <StatusBadge status={m.status} />
      </div>
    );
  };
  return (
    <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white" data-testid="monument-list">
      {top.map((m) => (
        <li key={m.id} className="p-3">
          {item(m)}
          {!flat && childrenOf(m.id).length ? (
            <ul className="mt-2 space-y-2 border-s-2 border-stone-200 ps-4" aria-label={t("monument.components", { name: nameIn(locale, m).value }, locale)}>
              {childrenOf(m.id).map((c) => (
                <li key={c.id}>{item(c)}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

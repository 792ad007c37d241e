"use client";
import Link from "@/components/locale-link";
import { basketQuery } from "@/lib/basket";
import { useBasket } from "./basket-store";
import { ExportMenu } from "./export-menu";
import { useI18n } from "../use-i18n";

/** The basket page's content: what was ticked, with remove buttons, and the export of the union. */
export function BasketView() {
  const { items, remove, clear } = useBasket();
  const { t, locale } = useI18n();
  const query = basketQuery(items);
  if (!query) {
    return (
      <p data-testid="basket-empty">
        {t("basket.emptyStart")} <Link href="/monuments" className="text-blue-800 underline">{t("basket.monumentPage")}</Link> {t("basket.or")}{" "}
        <Link href="/sources" className="text-blue-800 underline">{t("basket.sourcePage")}</Link>
        {t("basket.emptyEnd")}
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white" data-testid="basket-items">
        {items.map((i) => (
          <li key={`${i.kind}:${i.id}`} className="flex items-center justify-between gap-3 p-3" data-testid="basket-item">
            <span>
              <span className="me-2 text-xs uppercase text-stone-500">{t(i.kind === "event" ? "basket.kindEvent" : "basket.kindSource")}</span>
              <Link href={i.href} className="text-blue-800 underline">{i.label}</Link>
            </span>
            <button type="button" onClick={() => remove(i)} className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100">
              {t("basket.remove")}<span className="sr-only"> {i.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <ExportMenu query={query} title={t("basket.cite", { count: items.length })} locale={locale} open />
      <button type="button" onClick={clear} className="text-sm text-red-800 underline">{t("basket.clear")}</button>
    </div>
  );
}

"use client";
import { hasItem, type BasketItem } from "@/lib/basket";
import { useBasket } from "./basket-store";
import { useI18n } from "../use-i18n";

/**
 * Tick an event or a source for the report basket; the state is shown and announced.
 * With `onPage`, the item's link is this page plus `#anchor` and its label is prefixed with the
 * page's heading (an event item knows its claim but not which monument's page it is on).
 */
export function BasketButton({ item, onPage }: { item: BasketItem; onPage?: { anchor: string } }) {
  const { items, toggle } = useBasket();
  const { t } = useI18n();
  const inBasket = hasItem(items, item.kind, item.id);
  const complete = (): BasketItem => {
    if (!onPage) return item;
    const heading = document.querySelector("h1")?.textContent?.trim();
    return { ...item, href: `${window.location.pathname}#${onPage.anchor}`, label: heading ? `${heading}: ${item.label}` : item.label };
  };
  return (
    <button
      type="button"
      aria-pressed={inBasket}
      onClick={() => toggle(complete())}
      data-testid="basket-toggle"
      className={`rounded border px-2 py-1 text-sm ${inBasket ? "border-green-700 bg-green-50 text-green-900" : "border-stone-400 bg-white hover:bg-stone-100"}`}
    >
      {inBasket ? t("basket.in") : t("basket.add")}
      {/* Several buttons on one page: screen readers hear which item each one ticks. */}
      <span className="sr-only">: {item.label}</span>
    </button>
  );
}

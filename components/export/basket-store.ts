"use client";
import { useCallback, useSyncExternalStore } from "react";
import { BASKET_KEY, parseBasket, toggleItem, type BasketItem } from "@/lib/basket";

// localStorage as an external store: every basket button and the basket page re-render when any
// of them (or another tab, via the "storage" event) changes the basket.
const CHANGE = "heritage-watch:basket-change";

function read(): string | null {
  try {
    return window.localStorage.getItem(BASKET_KEY);
  } catch {
    return null; // storage disabled (private mode, policy): the basket is simply empty
  }
}

function subscribe(onChange: () => void) {
  const onStorage = (e: StorageEvent) => e.key === BASKET_KEY && onChange();
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE, onChange);
  };
}

let cachedRaw: string | null | undefined;
let cachedItems: BasketItem[] = [];
const EMPTY: BasketItem[] = [];

function snapshot(): BasketItem[] {
  const raw = read();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedItems = parseBasket(raw);
  }
  return cachedItems;
}

export function writeBasket(items: BasketItem[]): boolean {
  try {
    window.localStorage.setItem(BASKET_KEY, JSON.stringify(items));
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(CHANGE));
  return true;
}

/** [items, toggle, clear]; the server render sees an empty basket (hydration then fills it). */
export function useBasket() {
  const items = useSyncExternalStore(subscribe, snapshot, () => EMPTY);
  const toggle = useCallback((item: BasketItem) => writeBasket(toggleItem(snapshot(), item)), []);
  const remove = useCallback((item: BasketItem) => writeBasket(snapshot().filter((i) => !(i.kind === item.kind && i.id === item.id))), []);
  const clear = useCallback(() => writeBasket([]), []);
  return { items, toggle, remove, clear };
}

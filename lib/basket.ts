// The report basket: events and sources a reader ticks while browsing, kept in the browser
// (localStorage, no account) and exported together through /api/v1/citations. Pure functions here;
// components/export/basket-store.ts connects them to localStorage.

export type BasketKind = "event" | "source";
export interface BasketItem {
  kind: BasketKind;
  id: string;
  label: string;
  href: string;
}

export const BASKET_KEY = "heritage-watch:basket:v1";
const MAX_ITEMS = 500;

/** Stored text → items. Anything malformed (an old format, a hand edit) is dropped, never thrown. */
export function parseBasket(raw: string | null): BasketItem[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const seen = new Set<string>();
  const items: BasketItem[] = [];
  for (const d of data) {
    if (!d || typeof d !== "object") continue;
    const { kind, id, label, href } = d as Record<string, unknown>;
    if ((kind !== "event" && kind !== "source") || typeof id !== "string" || !id || seen.has(`${kind}:${id}`)) continue;
    seen.add(`${kind}:${id}`);
    items.push({ kind, id, label: typeof label === "string" ? label : id, href: typeof href === "string" && href.startsWith("/") ? href : "/" });
  }
  return items.slice(0, MAX_ITEMS);
}

export const hasItem = (items: BasketItem[], kind: BasketKind, id: string) => items.some((i) => i.kind === kind && i.id === id);

export function toggleItem(items: BasketItem[], item: BasketItem): BasketItem[] {
  return hasItem(items, item.kind, item.id) ? items.filter((i) => !(i.kind === item.kind && i.id === item.id)) : [...items, item].slice(0, MAX_ITEMS);
}

/** The citations API query for the basket's union: event=a,b&source=c. Empty basket → null. */
export function basketQuery(items: BasketItem[]): string | null {
  const params = new URLSearchParams();
  const events = items.filter((i) => i.kind === "event").map((i) => i.id);
  const sources = items.filter((i) => i.kind === "source").map((i) => i.id);
  if (events.length) params.set("event", events.join(","));
  if (sources.length) params.set("source", sources.join(","));
  // An item unpublished since it was ticked is skipped (and named in X-Export-Skipped), so one
  // stale item does not turn the whole download into an error.
  params.set("missing", "skip");
  return events.length || sources.length ? params.toString() : null;
}

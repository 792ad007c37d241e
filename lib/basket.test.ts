import { describe, expect, it } from "vitest";
import { basketQuery, parseBasket, toggleItem, type BasketItem } from "./basket";

const ev: BasketItem = { kind: "event", id: "e1", label: "Temple of Bel: explosives", href: "/monuments/temple-of-bel#event-e1" };
const src: BasketItem = { kind: "source", id: "albawaba", label: "Syrian army push", href: "/sources/albawaba" };

describe("basket", () => {
  it("toggles items in and out", () => {
    const one = toggleItem([], ev);
    expect(one).toEqual([ev]);
    expect(toggleItem(toggleItem(one, src), ev)).toEqual([src]);
  });
  it("drops malformed and duplicate stored items instead of failing", () => {
    expect(parseBasket("not json")).toEqual([]);
    expect(parseBasket('{"a":1}')).toEqual([]);
    const stored = JSON.stringify([ev, ev, { kind: "monument", id: "x" }, { kind: "source", id: "" }, { kind: "source", id: "s", href: "https://evil.example" }]);
    expect(parseBasket(stored)).toEqual([ev, { kind: "source", id: "s", label: "s", href: "/" }]);
  });
  it("exports the union as one citations query", () => {
    expect(basketQuery([ev, src, { ...ev, id: "e2" }])).toBe("event=e1%2Ce2&source=albawaba&missing=skip");
    expect(basketQuery([])).toBeNull();
  });
});

import { expect, it } from "vitest";
import { groupByQuote } from "./quote-groups";

const src = { slug: "reuters-2016" };
const shared = { id: "c1", quote: "the temple of Bel and most of the tower tombs are gone now", source: src };
const events = [
  { id: "bel", citations: [shared] },
  { id: "tombs", citations: [{ ...shared, id: "c2", quote: "the temple of Bel and  most of the tower tombs are gone now" }] },
  { id: "arch", citations: [{ id: "c3", quote: "the arch is gone", source: src }] },
];

it("shows a passage once, with every claim it supports, in list order", () => {
  const groups = groupByQuote(events);
  expect(groups).toHaveLength(2);
  expect(groups[0]!.events.map((e) => e.id)).toEqual(["bel", "tombs"]);
  expect(groups[1]!.events.map((e) => e.id)).toEqual(["arch"]);
});

it("keeps the same words from two sources apart: each source is cited for its own passage", () => {
  const other = [...events, { id: "x", citations: [{ ...shared, id: "c4", source: { slug: "afp-2016" } }] }];
  expect(groupByQuote(other)).toHaveLength(3);
});

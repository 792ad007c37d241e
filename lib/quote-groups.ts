// One quoted passage often supports several claims (a sentence naming the temple, the tombs and
// the arch backs three events). Grouped, the /events list shows each passage once, with the
// claims it supports, instead of the same quote four times. Pure.

export interface QuotedEvent<C> {
  id: string;
  citations: (C & { quote: string; source: { slug: string } })[];
}

export interface QuoteGroup<E, C> {
  key: string;
  citation: C & { quote: string; source: { slug: string } };
  events: E[];
}

const keyOf = (c: { quote: string; source: { slug: string } }) => `${c.source.slug}\u0000${c.quote.replace(/\s+/g, " ").trim()}`;

/** Passages in the order the events first quote them; each with its events, in list order. */
export function groupByQuote<C, E extends QuotedEvent<C>>(events: E[]): QuoteGroup<E, C>[] {
  const groups = new Map<string, QuoteGroup<E, C>>();
  for (const e of events) {
    for (const c of e.citations) {
      const key = keyOf(c);
      const g = groups.get(key) ?? { key, citation: c, events: [] };
      if (!g.events.includes(e)) g.events.push(e);
      groups.set(key, g);
    }
  }
  return [...groups.values()];
}

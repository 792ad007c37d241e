import "server-only";
import { db } from "@/lib/db";
import { matchesText, searchMonuments } from "@/lib/search";
import { listEvents } from "./events";
import { listMonuments } from "./monuments";
import { visible } from "./public-filters";

/** Monuments by name (any language, via the site's names too), events and sources by text. */
export async function search(query: string) {
  const [monuments, sites, events, sources] = await Promise.all([
    listMonuments(),
    db().site.findMany({ select: { id: true, name: true, names: { select: { value: true } }, monuments: { select: { id: true } } } }),
    listEvents(),
    db().source.findMany({
      where: visible,
      orderBy: { title: "asc" },
      select: { id: true, slug: true, title: true, publisher: true, authors: true, note: true, publishedText: true },
    }),
  ]);
  const siteNamesOf = new Map<string, string[]>();
  for (const s of sites) for (const m of s.monuments) siteNamesOf.set(m.id, [s.name, ...s.names.map((n) => n.value)]);
  const ids = searchMonuments(
    query,
    monuments.map((m) => ({ id: m.id, names: [m.name, ...m.names.map((n) => n.value)], siteNames: siteNamesOf.get(m.id) ?? [] })),
  );
  const byId = new Map(monuments.map((m) => [m.id, m]));
  return {
    monuments: ids.map((id) => byId.get(id)!),
    events: events.filter((e) =>
      matchesText(query, [e.description, e.dateText, e.monument.name, e.actor?.name, ...e.citations.map((c) => c.quote)]),
    ),
    sources: sources.filter((s) => matchesText(query, [s.title, s.publisher, ...s.authors, s.note, s.publishedText])),
  };
}

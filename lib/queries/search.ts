import "server-only";
import { db } from "@/lib/db";
import { rankMatches } from "@/lib/names";
import { matchesText, searchEvents, searchMonuments } from "@/lib/search";
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
  const namesOf = new Map(monuments.map((m) => [m.id, [m.name, ...m.names.map((n) => n.value)]]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  return {
    monuments: ids.map((id) => byId.get(id)!),
    events: searchEvents(
      query,
      events.map((e) => ({
        id: e.id,
        monumentId: e.monumentId,
        own: [e.description, e.dateText, ...(namesOf.get(e.monumentId) ?? [e.monument.name]), e.actor?.name],
        quotes: e.citations.map((c) => c.quote),
      })),
      // Monuments the query names by their own names (not via the site's: "Palmyra" names them all).
      rankMatches(query, monuments.map((m) => ({ id: m.id, names: namesOf.get(m.id)! }))),
    ).map((id) => eventById.get(id)!),
    sources: sources.filter((s) => matchesText(query, [s.title, s.publisher, ...s.authors, s.note, s.publishedText])),
  };
}

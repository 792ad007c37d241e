import "server-only";
import { db } from "@/lib/db";
import { matchesName, rankMatches } from "@/lib/names";
import { matchesText, searchEvents, searchMonuments } from "@/lib/search";
import { listEventsById } from "./events";
import { listMonumentsById } from "./monuments";
import { visible } from "./public-filters";
import { CANDIDATE_LIMIT, containsPattern, eventCandidates, monumentCandidates, sourceCandidates } from "./search-candidates";

/** How many of each kind a results page shows. */
export const SEARCH_SHOWN = 50;

/**
 * Monuments by name (any language, via the site's names too), events and sources by text. The
 * database finds the candidates (lib/queries/search-candidates.ts, trigram indexes); lib/search
 * ranks them. `more` is true where there were more answers than shown (the reader narrows the query).
 */
export async function search(query: string) {
  const pattern = containsPattern(query);
  if (!pattern) return { monuments: [], events: [], sources: [], more: { monuments: false, events: false, sources: false } };

  const [named, sites] = await Promise.all([
    monumentCandidates(pattern),
    db().site.findMany({ select: { id: true, name: true, names: { select: { value: true } } } }),
  ]);
  // A site named by the query ("Tadmur" is Palmyra) brings its monuments.
  const sitesNamed = sites.filter((s) => matchesName(query, [s.name, ...s.names.map((n) => n.value)]));
  const viaSite = sitesNamed.length
    ? (await db().monument.findMany({ where: { ...visible, siteId: { in: sitesNamed.map((s) => s.id) } }, orderBy: { name: "asc" }, take: CANDIDATE_LIMIT, select: { id: true } })).map((m) => m.id)
    : [];
  const monuments = await listMonumentsById([...new Set([...named, ...viaSite])]);
  const namesOf = new Map(monuments.map((m) => [m.id, [m.name, ...m.names.map((n) => n.value)]]));
  const siteNames = new Map(sites.map((s) => [s.id, [s.name, ...s.names.map((n) => n.value)]]));
  const monumentIds = searchMonuments(query, monuments.map((m) => ({ id: m.id, names: namesOf.get(m.id)!, siteNames: siteNames.get(m.siteId) ?? [] })));
  // Monuments the query names by their own names (not via the site's: "Palmyra" names them all).
  const namedByQuery = rankMatches(query, monuments.filter((m) => named.includes(m.id)).map((m) => ({ id: m.id, names: namesOf.get(m.id)! })));

  const [eventIds, sourceIds] = await Promise.all([eventCandidates(pattern, named), sourceCandidates(pattern)]);
  const [events, sources] = await Promise.all([
    listEventsById(eventIds),
    db().source.findMany({ where: { ...visible, id: { in: sourceIds } }, orderBy: { title: "asc" }, select: { id: true, slug: true, title: true, publisher: true, authors: true, note: true, publishedText: true } }),
  ]);
  // An event's own words include its monument's names: those of monuments outside the candidates are read here.
  const missing = [...new Set(events.map((e) => e.monumentId))].filter((id) => !namesOf.has(id));
  if (missing.length) {
    for (const m of await db().monument.findMany({ where: { id: { in: missing } }, select: { id: true, name: true, names: { select: { value: true } } } })) {
      namesOf.set(m.id, [m.name, ...m.names.map((n) => n.value)]);
    }
  }
  const eventById = new Map(events.map((e) => [e.id, e]));
  const rankedEvents = searchEvents(
    query,
    events.map((e) => ({ id: e.id, monumentId: e.monumentId, own: [e.description, e.dateText, ...(namesOf.get(e.monumentId) ?? [e.monument.name]), e.actor?.name], quotes: e.citations.map((c) => c.quote) })),
    namedByQuery,
  );
  const monumentById = new Map(monuments.map((m) => [m.id, m]));
  const matchedSources = sources.filter((s) => matchesText(query, [s.title, s.publisher, ...s.authors, s.note, s.publishedText]));
  return {
    monuments: monumentIds.slice(0, SEARCH_SHOWN).map((id) => monumentById.get(id)!),
    events: rankedEvents.slice(0, SEARCH_SHOWN).map((id) => eventById.get(id)!),
    sources: matchedSources.slice(0, SEARCH_SHOWN),
    more: {
      monuments: monumentIds.length > SEARCH_SHOWN || named.length >= CANDIDATE_LIMIT,
      events: rankedEvents.length > SEARCH_SHOWN || eventIds.length >= CANDIDATE_LIMIT,
      sources: matchedSources.length > SEARCH_SHOWN || sourceIds.length >= CANDIDATE_LIMIT,
    },
  };
}

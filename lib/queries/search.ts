import "server-only";
import { db } from "@/lib/db";
import { inIdOrder } from "@/lib/paging";
import { matchesName, rankMatches } from "@/lib/names";
import { matchesText, searchEvents, searchMonuments } from "@/lib/search";
import { listEventsById } from "./events";
import { listMonumentsById } from "./monuments";
import { visible } from "./public-filters";
import { CANDIDATE_LIMIT, eventCandidates, longestWord, monumentCandidates, sourceCandidates } from "./search-candidates";

/** How many of each kind a results page shows (a results page stays a few hundred kilobytes at most). */
export const SEARCH_SHOWN = 20;

const namesSelect = { id: true, name: true, siteId: true, names: { select: { value: true } } } as const;
const allNames = (m: { name: string; names: { value: string }[] }) => [m.name, ...m.names.map((n) => n.value)];

/**
 * Monuments by name (any language, via the site's names too), events and sources by text. The
 * database finds the candidates (lib/queries/search-candidates.ts); lib/search ranks them on their
 * words alone, and only the SEARCH_SHOWN best of each kind are read whole (statuses, quotes,
 * occurrences). `more` is true where there were more answers than shown (the reader narrows the query).
 */
export async function search(query: string) {
  const word = longestWord(query);
  if (!word) return { monuments: [], events: [], sources: [], more: { monuments: false, events: false, sources: false } };

  const [named, sites] = await Promise.all([
    monumentCandidates(word),
    db().site.findMany({ select: { id: true, name: true, names: { select: { value: true } } } }),
  ]);
  // A site named by the query ("Tadmur" is Palmyra) brings its monuments.
  const sitesNamed = sites.filter((s) => matchesName(query, allNames(s)));
  const viaSite = sitesNamed.length
    ? (await db().monument.findMany({ where: { ...visible, siteId: { in: sitesNamed.map((s) => s.id) } }, orderBy: { name: "asc" }, take: CANDIDATE_LIMIT, select: { id: true } })).map((m) => m.id)
    : [];
  const candidates = await db().monument.findMany({ where: { ...visible, id: { in: [...new Set([...named, ...viaSite])] } }, select: namesSelect });
  const namesOf = new Map(candidates.map((m) => [m.id, allNames(m)]));
  const siteNames = new Map(sites.map((s) => [s.id, allNames(s)]));
  const monumentIds = searchMonuments(query, inIdOrder([...named, ...viaSite], candidates).map((m) => ({ id: m.id, names: namesOf.get(m.id)!, siteNames: siteNames.get(m.siteId) ?? [] })));
  // Monuments the query names by their own names (not via the site's: "Palmyra" names them all).
  const namedByQuery = rankMatches(query, candidates.filter((m) => named.includes(m.id)).map((m) => ({ id: m.id, names: namesOf.get(m.id)! })));

  const [eventIds, sourceIds] = await Promise.all([eventCandidates(word, named), sourceCandidates(word)]);
  const [eventWords, sources] = await Promise.all([
    db().damageEvent.findMany({
      where: { id: { in: eventIds } },
      select: { id: true, monumentId: true, description: true, dateText: true, actor: { select: { name: true } }, citations: { where: { archivedAt: null, source: visible }, select: { quote: true } } },
    }),
    db().source.findMany({ where: { ...visible, id: { in: sourceIds } }, orderBy: { title: "asc" }, select: { id: true, slug: true, title: true, publisher: true, authors: true, note: true, publishedText: true } }),
  ]);
  // An event's own words include its monument's names: those of monuments outside the candidates are read here.
  const missing = [...new Set(eventWords.map((e) => e.monumentId))].filter((id) => !namesOf.has(id));
  if (missing.length) for (const m of await db().monument.findMany({ where: { id: { in: missing } }, select: namesSelect })) namesOf.set(m.id, allNames(m));
  const rankedEvents = searchEvents(
    query,
    inIdOrder(eventIds, eventWords).map((e) => ({ id: e.id, monumentId: e.monumentId, own: [e.description, e.dateText, ...(namesOf.get(e.monumentId) ?? []), e.actor?.name], quotes: e.citations.map((c) => c.quote) })),
    namedByQuery,
  );
  const matchedSources = sources.filter((s) => matchesText(query, [s.title, s.publisher, ...s.authors, s.note, s.publishedText]));
  const [monuments, events] = await Promise.all([listMonumentsById(monumentIds.slice(0, SEARCH_SHOWN)), listEventsById(rankedEvents.slice(0, SEARCH_SHOWN))]);
  return {
    monuments,
    events,
    sources: matchedSources.slice(0, SEARCH_SHOWN),
    more: {
      monuments: monumentIds.length > SEARCH_SHOWN || named.length >= CANDIDATE_LIMIT,
      events: rankedEvents.length > SEARCH_SHOWN || eventIds.length >= CANDIDATE_LIMIT,
      sources: matchedSources.length > SEARCH_SHOWN || sourceIds.length >= CANDIDATE_LIMIT,
    },
  };
}

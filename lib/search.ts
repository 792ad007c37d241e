// One search box: monuments by any of their names (lib/names.ts rules), the site by its names
// (which finds all its monuments: "Tadmur" is Palmyra), and events and sources by their text.
import { matchesName, normalizeName, rankMatches } from "./names";

export interface SearchableMonument {
  id: string;
  names: string[];
  siteNames: string[];
}

/**
 * Monument ids, best first: a match on a monument's own names ranks above a match on its site's
 * names (so "Palmyra Castle" comes before the other monuments for "Palmyra castle").
 */
export function searchMonuments(query: string, monuments: SearchableMonument[]): string[] {
  const direct = rankMatches(query, monuments.map((m) => ({ id: m.id, names: m.names })));
  const viaSite = monuments.filter((m) => !direct.includes(m.id) && matchesName(query, m.siteNames)).map((m) => m.id);
  return [...direct, ...viaSite];
}

/**
 * Free text: every word of the query (normalised like names, so accents, case and Arabic
 * diacritics do not matter) must start a word of the text. Blank query matches nothing.
 */
export function matchesText(query: string, texts: (string | null | undefined)[]): boolean {
  const words = normalizeName(query).split(" ").filter(Boolean);
  if (words.length === 0) return false;
  const haystack = normalizeName(texts.filter(Boolean).join(" ")).split(" ");
  return words.every((w) => haystack.some((h) => h.startsWith(w)));
}

export interface SearchableEvent {
  id: string;
  monumentId: string;
  /** The event's own words: description, date as worded, its monument's names, its actor. */
  own: (string | null | undefined)[];
  quotes: string[];
}

/**
 * Events, best first. An event matches through its own fields; through a quoted passage only
 * when the query names no *other* monument — a passage shared by several claims ("the temple of
 * Bel … and the arch") must not make "arch" find the temple's event. Events of a monument the
 * query names come first.
 */
export function searchEvents(query: string, events: SearchableEvent[], namedMonumentIds: string[]): string[] {
  const named = new Set(namedMonumentIds);
  const hits = events.filter((e) => {
    if (matchesText(query, e.own)) return true;
    const namesAnother = [...named].some((id) => id !== e.monumentId);
    return !namesAnother && matchesText(query, e.quotes);
  });
  return [...hits.filter((e) => named.has(e.monumentId)), ...hits.filter((e) => !named.has(e.monumentId))].map((e) => e.id);
}

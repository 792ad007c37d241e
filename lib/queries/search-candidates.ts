import "server-only";
import { db } from "@/lib/db";
import { normalizeName } from "@/lib/names";

// The search box's candidates, found on the database: monuments through the trigram indexes of
// migration 20261205190000_search_index (a name may match inside a word), events, quotes and
// sources through the full-text indexes of 20261206120000_search_words (free text matches word
// starts). Both fold case, accents, Arabic diacritics and letter forms as lib/names.ts does. A
// candidate contains the query's longest word where a match could come from; lib/search.ts then
// ranks the candidates exactly as it always has, so the database only narrows, it never decides.

/** At most this many candidates of each kind are ranked; a query that finds more asks to be narrowed. */
export const CANDIDATE_LIMIT = 200;

/** The query's longest normalised word (letters and digits only), or null for a blank query. */
export function longestWord(query: string): string | null {
  const words = normalizeName(query).split(" ").filter(Boolean);
  return words.length ? words.reduce((a, b) => (b.length > a.length ? b : a)) : null;
}

/** A word as a LIKE pattern that finds it anywhere ("%word%"). */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A word as a full-text prefix query ("word:*"): normalised words hold no query operators. */
const prefixQuery = (word: string) => `${word}:*`;

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** Public monuments one of whose own names (or aliases) contains the pattern, spaces ignored. */
export async function monumentCandidates(word: string): Promise<string[]> {
  const pattern = containsPattern(word);
  return ids(
    await db().$queryRaw<{ id: string }[]>`
      SELECT m.id FROM "Monument" m
      WHERE m.state = 'PUBLISHED' AND m."archivedAt" IS NULL AND m.id IN (
        SELECT id FROM "Monument" WHERE search_fold_compact(name) LIKE ${pattern}
        UNION SELECT "monumentId" FROM "MonumentName" WHERE search_fold_compact(value) LIKE ${pattern})
      ORDER BY m.name, m.id LIMIT ${CANDIDATE_LIMIT}`,
  );
}

/**
 * Published events with a word of their own text or of a quote that starts with `word`, an actor
 * whose name contains it, or whose monument is one of `monumentIds` (an event's own words include
 * its monument's names); earliest first.
 */
export async function eventCandidates(word: string, monumentIds: string[]): Promise<string[]> {
  const words = prefixQuery(word);
  // One indexed branch per way in, so a word that matches nothing costs nothing: written as one
  // OR, the planner walked every event in date order looking for matches (2.5 s on 200,000).
  return ids(
    await db().$queryRaw<{ id: string }[]>`
      SELECT hits.id FROM (
        SELECT e.id, e."dateEarliest", e."dateLatest", e."monumentId" FROM "DamageEvent" e
          WHERE e.state = 'PUBLISHED' AND e."archivedAt" IS NULL AND search_words(e.description || ' ' || coalesce(e."dateText", '')) @@ to_tsquery('simple', ${words})
        UNION SELECT e.id, e."dateEarliest", e."dateLatest", e."monumentId" FROM "DamageEvent" e
          WHERE e.state = 'PUBLISHED' AND e."archivedAt" IS NULL AND e."monumentId" = ANY(${monumentIds}::text[])
        UNION SELECT e.id, e."dateEarliest", e."dateLatest", e."monumentId" FROM "DamageEvent" e
          WHERE e.state = 'PUBLISHED' AND e."archivedAt" IS NULL AND e."actorId" IN (SELECT id FROM "Actor" WHERE search_fold(name) LIKE ${containsPattern(word)})
        UNION SELECT e.id, e."dateEarliest", e."dateLatest", e."monumentId" FROM "Citation" c JOIN "DamageEvent" e ON e.id = c."damageEventId"
          WHERE c."archivedAt" IS NULL AND search_words(c.quote) @@ to_tsquery('simple', ${words}) AND e.state = 'PUBLISHED' AND e."archivedAt" IS NULL
      ) hits JOIN "Monument" m ON m.id = hits."monumentId" AND m.state = 'PUBLISHED' AND m."archivedAt" IS NULL
      ORDER BY hits."dateEarliest" ASC NULLS LAST, hits."dateLatest" ASC NULLS LAST, hits.id LIMIT ${CANDIDATE_LIMIT}`,
  );
}

/** Published sources with a word of their title, publisher, authors, note or date as worded that starts with `word`. */
export async function sourceCandidates(word: string): Promise<string[]> {
  return ids(
    await db().$queryRaw<{ id: string }[]>`
      SELECT id FROM "Source"
      WHERE state = 'PUBLISHED' AND "archivedAt" IS NULL
        AND search_words(title || ' ' || publisher || ' ' || coalesce(note, '') || ' ' || coalesce("publishedText", '') || ' ' || search_fold_all(authors)) @@ to_tsquery('simple', ${prefixQuery(word)})
      ORDER BY title, id LIMIT ${CANDIDATE_LIMIT}`,
  );
}

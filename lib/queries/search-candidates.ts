import "server-only";
import { db } from "@/lib/db";
import { normalizeName } from "@/lib/names";

// The search box's candidates, found on the database through the trigram indexes of migration
// 20261205190000_search_index (search_fold: case, accents, Arabic diacritics and letter forms
// folded as lib/names.ts does). A candidate contains the query's longest word somewhere a match
// could come from; lib/search.ts then ranks the candidates exactly as it always has, so the
// database only narrows, it never decides.

/** At most this many candidates of each kind are ranked; a query that finds more asks to be narrowed. */
export const CANDIDATE_LIMIT = 500;

/** The query's longest normalised word as a LIKE pattern ("%word%"), or null for a blank query. */
export function containsPattern(query: string): string | null {
  const words = normalizeName(query).split(" ").filter(Boolean);
  if (!words.length) return null;
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return `%${longest.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** Public monuments one of whose own names (or aliases) contains the pattern, spaces ignored. */
export async function monumentCandidates(pattern: string): Promise<string[]> {
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
 * Published events whose own words, actor or quotes contain the pattern, or whose monument is
 * one of `monumentIds` (an event's own words include its monument's names).
 */
export async function eventCandidates(pattern: string, monumentIds: string[]): Promise<string[]> {
  return ids(
    await db().$queryRaw<{ id: string }[]>`
      SELECT e.id FROM "DamageEvent" e JOIN "Monument" m ON m.id = e."monumentId"
      WHERE e.state = 'PUBLISHED' AND e."archivedAt" IS NULL AND m.state = 'PUBLISHED' AND m."archivedAt" IS NULL AND (
        search_fold(e.description || ' ' || coalesce(e."dateText", '')) LIKE ${pattern}
        OR e."monumentId" = ANY(${monumentIds}::text[])
        OR e."actorId" IN (SELECT id FROM "Actor" WHERE search_fold(name) LIKE ${pattern})
        OR e.id IN (SELECT "damageEventId" FROM "Citation" WHERE "archivedAt" IS NULL AND "damageEventId" IS NOT NULL AND search_fold(quote) LIKE ${pattern}))
      ORDER BY e."dateEarliest" ASC NULLS LAST, e."dateLatest" ASC NULLS LAST, e.id LIMIT ${CANDIDATE_LIMIT}`,
  );
}

/** Published sources whose title, publisher, authors, note or date as worded contain the pattern. */
export async function sourceCandidates(pattern: string): Promise<string[]> {
  return ids(
    await db().$queryRaw<{ id: string }[]>`
      SELECT id FROM "Source"
      WHERE state = 'PUBLISHED' AND "archivedAt" IS NULL
        AND search_fold(title || ' ' || publisher || ' ' || coalesce(note, '') || ' ' || coalesce("publishedText", '') || ' ' || search_fold_all(authors)) LIKE ${pattern}
      ORDER BY title, id LIMIT ${CANDIDATE_LIMIT}`,
  );
}

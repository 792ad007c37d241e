// The database tier of the formatted-citation cache. lib/citations/bibliography.ts keeps what citeproc
// rendered in the process (content-addressed: style, output mode, a hash of the CSL item); this keeps
// the same records in "CitationRender", so a restarted server, or a second one, loads them instead of
// rendering 10,000 entries again. Not "server-only": `npm run bench:export` runs it under tsx.
import { loadCacheRecords, takeUnsavedRecords, type CacheRecord } from "@/lib/citations/bibliography";
import { db } from "@/lib/db";

/** Rows beyond this are dropped oldest first (each edit of a source is a new content address). */
const MAX_ROWS = 200_000;
const BATCH = 500;

// Per scope: the newest createdAt loaded, so the next export loads only what others added since.
const loadedUntil = new Map<string, Date>();

/** For the benchmark: forget what was loaded, as a new process would. */
export function resetRenderStore() {
  loadedUntil.clear();
}

/** Loads the records of this style and mode that this process has not seen. */
export async function warmRenderCache(scope: string): Promise<number> {
  const since = loadedUntil.get(scope) ?? new Date(0);
  const rows = await db().$queryRaw<(CacheRecord & { createdAt: Date })[]>`
    SELECT kind, key, scope, value, weight, "createdAt" FROM "CitationRender"
     WHERE scope = ${scope} AND "createdAt" > ${since} ORDER BY "createdAt"`;
  if (!rows.length) return 0;
  loadCacheRecords(rows);
  loadedUntil.set(scope, rows[rows.length - 1]!.createdAt);
  return rows.length;
}

/** Writes what this process rendered since the last call. A failure costs only speed: it is logged. */
export async function saveRenderCache(): Promise<number> {
  const records = takeUnsavedRecords();
  try {
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = JSON.stringify(records.slice(i, i + BATCH));
      await db().$executeRaw`
        INSERT INTO "CitationRender" (kind, key, scope, value, weight)
        SELECT kind, key, scope, value, weight FROM jsonb_to_recordset(${batch}::jsonb) AS r(kind text, key text, scope text, value jsonb, weight int)
        ON CONFLICT (kind, key) DO UPDATE SET value = EXCLUDED.value, weight = EXCLUDED.weight, "createdAt" = now()`;
    }
    if (records.length) {
      await db().$executeRaw`
        DELETE FROM "CitationRender" WHERE ctid IN (
          SELECT ctid FROM "CitationRender" ORDER BY "createdAt" DESC OFFSET ${MAX_ROWS})`;
    }
  } catch (err) {
    console.error("citations: could not keep the rendered entries in the database", err);
  }
  return records.length;
}

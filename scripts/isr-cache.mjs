// Next's ISR cache (cacheHandler in next.config.ts): its own file-system cache, plus one rule —
// a cached page counts only if it was rendered from the dataset as it is now.
//
// Why: Next keeps rendered pages in memory and under <distDir>/server/app, and remembers which
// ones an edit made stale (revalidatePath) only in memory. After a restart or a crash it served
// the files on disk as fresh — pages from before the last edits, for up to an hour, while /events
// and the API showed the edits (issue 12). And a second server on the same database never heard of
// another's edits at all.
//
// The rule: every page entry is stored with the dataset stamp read *before* it was rendered (a
// digest of the revision history and the records' last changes, DATASET_STAMP_SQL below). A get
// whose entry carries another stamp than the database's current one — or none, as every entry
// does after a restart — is a miss, and Next renders the page again, blocking, from the database.
// A page rendered while an edit committed carries the older stamp, so it is rendered again on the
// next visit rather than kept. The stamp is read at most once a second per process: another
// server's edit shows within a second; this server's own edits at once (revalidatePath).
//
// On PostgreSQL, each process also LISTENs on DATASET_CHANNEL, and every edit NOTIFYs it after it
// commits (revalidatePublicPages() in lib/cache-tags.ts): the stamp is then read again on the next
// request, so another server's edit shows as soon as the page is rendered again, not up to a second
// later (scripts/bench-propagation.mjs measures both). The poll stays for writes
// that send no notification (SQL, an import, a lost listener connection). The embedded database is
// served to one machine by one launcher: no listener there.
import pg from "pg";
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

const DATASET_TABLES = ["Site", "Monument", "DamageEvent", "Source", "ControlPeriod", "Citation", "Actor"];
export const DATASET_STAMP_SQL =
  `SELECT concat_ws('|', (SELECT count(*) FROM "Revision"), (SELECT max("createdAt") FROM "Revision"), ` +
  DATASET_TABLES.map((t) => `(SELECT max("updatedAt") FROM "${t}")`).join(", ") +
  `) AS stamp`;

const PAGE_KINDS = new Set(["APP_PAGE", "APP_ROUTE", "PAGES"]);
const STAMP_TTL_MS = 1000;
const MAX_KEYS = 50_000;

// Module state: Next builds a cache handler per request; the stamps must outlive them.
const renderedUnder = new Map(); // cache key → stamp the stored entry was rendered under
const seenBefore = new Map(); // cache key → stamp read by the get that preceded a render
export const DATASET_CHANNEL = "heritage_dataset";

let pool;
let stamp = { value: null, readAt: 0, pending: null };
let notified = 0; // notifications received: a read that began before one is not trusted after it
let listener = null;

function listen() {
  if (listener || process.env.HERITAGE_EMBEDDED === "1") return;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  listener = client;
  const drop = (err) => {
    if (listener !== client) return;
    listener = null; // a new one is opened by the next read
    if (err) console.error("isr-cache: lost the dataset notifications; polling the stamp each second", err.message);
    client.end().catch(() => {});
  };
  client.on("notification", forgetStamp);
  client.on("error", drop);
  client.on("end", () => drop());
  client.connect().then(() => client.query(`LISTEN ${DATASET_CHANNEL}`)).catch(drop);
}

async function readStamp() {
  if (!process.env.DATABASE_URL) return null;
  listen();
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  try {
    const { rows } = await pool.query(DATASET_STAMP_SQL);
    return String(rows[0].stamp);
  } catch (err) {
    console.error("isr-cache: could not read the dataset stamp; pages are rendered fresh", err.message);
    return null;
  }
}

async function currentStamp() {
  if (Date.now() - stamp.readAt < STAMP_TTL_MS) return stamp.value;
  const before = notified;
  stamp.pending ??= readStamp().then((value) => {
    // Notified while reading: the value may predate that edit; keep it, but read again next time.
    stamp = { value, readAt: notified === before ? Date.now() : 0, pending: null };
    return value;
  });
  return stamp.pending;
}

/**
 * Forget the stamp as last read: an edit has committed (this server's own, or another's NOTIFY).
 * Until it is read again, knownStamp() is undefined, so the response cache stores nothing under the
 * stamp from before the edit (it would be dropped within the second anyway, when the poll read the
 * new one); a read already under way when this is called is not trusted either.
 */
export function forgetStamp() {
  notified++;
  stamp.readAt = 0;
}

/**
 * The stamp as last read, without waiting (a read is started when it is older than a second): for
 * the server's response cache (page-cache.mjs), which must answer synchronously. undefined until
 * the first read.
 */
export function knownStamp() {
  if (Date.now() - stamp.readAt >= STAMP_TTL_MS) void currentStamp();
  return stamp.readAt ? stamp.value : undefined;
}

function remember(map, key, value) {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_KEYS) map.delete(map.keys().next().value);
}

export default class DatasetStampedCache extends FileSystemCache {
  async get(key, ctx) {
    if (!PAGE_KINDS.has(ctx?.kind)) return super.get(key, ctx);
    const now = await currentStamp();
    remember(seenBefore, key, now);
    const entry = await super.get(key, ctx);
    if (!entry) return entry;
    if (now === null || renderedUnder.get(key) !== now) return null;
    return entry;
  }

  async set(key, data, ctx) {
    await super.set(key, data, ctx);
    if (!data || !PAGE_KINDS.has(data.kind)) return;
    const before = seenBefore.get(key);
    if (before) remember(renderedUnder, key, before);
    else renderedUnder.delete(key);
  }
}

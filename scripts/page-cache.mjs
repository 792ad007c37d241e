// A response cache in front of Next's request handler, for the prerendered public pages.
//
// Next keeps those pages rendered (its ISR cache), but still runs its whole per-request pipeline
// to send one: routing, rewrites, manifests, headers — about 2.5× the cost of sending a public
// file (`npm run bench`). This cache keeps the finished response of a page Next answered from its
// own cache (`x-nextjs-cache: HIT`) and sends it again without entering Next, the way a caching
// proxy in front of the app would. It stores nothing Next rendered per request, for one visitor,
// or while stale, so it can only ever repeat a response Next itself would give now:
// - only GET, without Range, draft-mode cookie or any header the response varies on (the client
//   router's `rsc`, `next-router-*`); the key is the URL and the request's Accept-Encoding, so a
//   gzip response (Next compresses) is only replayed to a client that sent the same header;
// - only 200 with `x-nextjs-cache: HIT`, a shared `Cache-Control` (present, not private,
//   no-store or no-cache) and no Set-Cookie;
// - an entry lives at most `ttlMs` (and never beyond the response's s-maxage), so Next's own
//   time-based revalidation still takes effect; every edit calls `invalidate()` through
//   revalidatePublicPages() (lib/cache-tags.ts), which empties it at once. A response that was
//   being produced while an edit invalidated the cache is not stored (generation check), so an
//   old page cannot slip back in after the edit.
// - with `stampOf` (server.mjs passes the dataset stamp of isr-cache.mjs), an entry is kept with the
//   stamp known when its request came in and served only while the stamp is unchanged: an edit made
//   through another server (or before a restart) empties it too, within about a second.
//   `onInvalidate` (server.mjs: isr-cache's forgetStamp) runs on every invalidate(): the stamp from
//   before the edit is not used to store anything after it.
// - with `api: true` (server.mjs), GET /api/v1/… answers are kept too (issue 15: the JSON API was
//   rebuilt from the database on every request, and at 50 connections held an editor's save for
//   12.5 s on the embedded database). Next renders them per request, so there is no
//   `x-nextjs-cache` to go by: a 200 without Set-Cookie or a private/no-store Cache-Control is kept,
//   only with a known dataset stamp, and served only while that stamp is current — the same rule
//   as the pages, so an edit on any server reaches the API within about a second, and at once on
//   the server it was made on (invalidate()). Their links are absolute (the request's origin), so
//   the key also holds the Host and the forwarded host and protocol a trusted proxy sent.
//   Rate-limit headers describe the request they were sent with: never replayed.
// - with `lists` (server.mjs: /events, /search, /monuments, /sources, /map in every language, and the Atom
//   feeds, whose links are absolute: keyed by host like the API), the public pages Next renders
//   per request because they read their query string are kept by the same rule as the API: their
//   HTML depends on the URL alone (no page reads a cookie or a request header), so an answer is kept
//   under a known dataset stamp despite the private, no-store Cache-Control Next gives every
//   per-request page, and replayed with it (browsers still keep nothing). On 200,000 claims a first
//   page costs the server 100–150 ms to render; readers asking for the same list again get the
//   answer without a render until an edit changes the stamp.
// - requests that arrive while the same key's answer is being made (a list page, an API answer, after an
//   edit emptied the cache) wait for it, through settle(), instead of each rendering it again: N readers
//   of one list right after an edit cost one render, not N, in time and in memory (a page from Next's
//   cache is rendered once for all by Next itself, so those are not held). They wait only while
//   that answer may still be kept: as soon as its headers say it cannot be (not 200, a cookie, not
//   shareable), it passes maxEntryBytes, an edit empties the cache, or it has taken `waitMs` (a slow
//   client can hold its own answer's end; an aborted request may never end it), they go on to Next
//   themselves.

import { LOCALE_REWRITE_HEADER } from "./locale-rewrite.mjs";

/** Where the running server exposes its cache, so revalidatePublicPages() can empty it. */
export const PAGE_CACHE_KEY = Symbol.for("heritage-watch.page-cache");

const BYPASS_HEADERS = ["range", "rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
// Not replayed: they describe one connection or one moment, and Node writes its own.
const HOP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** @param {import("node:http").IncomingMessage} req */
function eligible(req) {
  if (req.method !== "GET") return false;
  // The internal /en/... request of a rewrite (locale-rewrite.mjs): its answer is kept under the public URL.
  if (LOCALE_REWRITE_HEADER in req.headers) return false;
  if (BYPASS_HEADERS.some((h) => h in req.headers)) return false;
  if (/(?:^|[?&])_rsc=/.test(req.url ?? "")) return false;
  return !/__prerender_bypass/.test(req.headers.cookie ?? "");
}

const isApi = (/** @type {import("node:http").IncomingMessage} */ req) => (req.url ?? "").startsWith("/api/v1/");
const pathOf = (/** @type {import("node:http").IncomingMessage} */ req) => (req.url ?? "").split("?")[0] ?? "";

/** The cache key: URL and Accept-Encoding; with `withHost` (answers made per request, whose links may be absolute) the host too. */
const keyOf = (/** @type {import("node:http").IncomingMessage} */ req, /** @type {boolean} */ withHost) => {
  const page = `${req.url}\n${req.headers["accept-encoding"] ?? ""}`;
  if (!withHost) return page;
  const h = req.headers;
  return `${page}\n${h.host ?? ""}\n${h["x-forwarded-host"] ?? ""}\n${h["x-forwarded-proto"] ?? ""}`;
};

/** Headers of one response that must not be replayed to another client. */
const notReplayed = (name) => HOP_HEADERS.has(name) || name.startsWith("ratelimit") || name === "retry-after";

/** Seconds from `s-maxage=N` (or max-age), or null for no limit; absent, "private", "no-store" → 0 (not storable). */
function sharedMaxAge(cacheControl) {
  const cc = String(cacheControl ?? "").toLowerCase();
  if (!cc || /\b(private|no-store|no-cache)\b/.test(cc)) return 0;
  const m = /\bs-maxage=(\d+)/.exec(cc) ?? /\bmax-age=(\d+)/.exec(cc);
  return m ? Number(m[1]) : null;
}

/**
 * @param {{ maxEntries?: number, maxBytes?: number, maxEntryBytes?: number, ttlMs?: number, waitMs?: number, now?: () => number, stampOf?: () => string | null | undefined, onInvalidate?: () => void, api?: boolean, lists?: RegExp }} [opts]
 */
export function createPageCache(opts = {}) {
  const { maxEntries = 1000, maxBytes = 64 * 1024 * 1024, maxEntryBytes = 2 * 1024 * 1024, ttlMs = 60_000, waitMs = 5_000, now = Date.now, stampOf, onInvalidate, api = false, lists } = opts;
  /** Rendered per request, kept under the dataset stamp: the API's answers, and the list pages. */
  const listPage = (req) => lists !== undefined && lists.test(pathOf(req));
  const byStamp = (req) => (api && isApi(req)) || listPage(req);
  /** Pages: what Next answered from its cache. API answers and list pages: anything public, under a known stamp. */
  const fromCache = (req, res) => (byStamp(req) ? stampOf?.() != null : res.getHeader("x-nextjs-cache") === "HIT");
  /** @type {Map<string, { status: number, headers: [string, string | string[]][], body: Buffer, etag: string | undefined, expires: number, stamp?: string | null }>} */
  const entries = new Map();
  let bytes = 0;
  let generation = 0;
  const stats = { hits: 0, stored: 0, waited: 0 };
  /** Keys whose answer is being made and may be kept: what settle() waits for, and how to stop waiting. */
  /** @type {Map<string, { done: Promise<void>, release: () => void }>} */
  const inflight = new Map();
  const handles = (req) => eligible(req) && !(isApi(req) && !api);

  function drop(key) {
    const e = entries.get(key);
    if (!e) return;
    bytes -= e.body.length;
    entries.delete(key);
  }

  function store(key, entry) {
    drop(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    stats.stored++;
    // Map order is insertion order and a hit re-inserts: the first key is the least recently used.
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      drop(oldest);
    }
  }

  /**
   * Send the stored response for this request, if there is one. Returns whether it did.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  function serve(req, res) {
    if (!handles(req)) return false;
    const key = keyOf(req, byStamp(req));
    const e = entries.get(key);
    if (!e) return false;
    if (e.expires <= now() || (stampOf && (e.stamp === null || e.stamp === undefined || e.stamp !== stampOf()))) {
      drop(key);
      return false;
    }
    entries.delete(key);
    entries.set(key, e);
    stats.hits++;
    for (const [name, value] of e.headers) res.setHeader(name, value);
    res.setHeader("x-page-cache", "HIT");
    if (e.etag && req.headers["if-none-match"] === e.etag) {
      res.statusCode = 304;
      res.removeHeader("content-type");
      res.end();
      return true;
    }
    res.statusCode = e.status;
    res.setHeader("content-length", e.body.length);
    res.end(e.body);
    return true;
  }

  /**
   * Whether the response as written so far may still be kept: what Next answered from its cache (a
   * page) or anything under a known stamp (API, list pages), a 200, no Set-Cookie, a Cache-Control
   * that allows sharing. Known from the headers, which are set before the first byte of the body.
   * @returns {number | null | false} false: not to be kept; else the seconds it may be kept (null: no limit of its own)
   */
  function keepable(req, res) {
    if (!fromCache(req, res) || res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined) return false;
    const cacheControl = res.getHeader("cache-control");
    // An API answer carries no Cache-Control unless it forbids sharing; a list page carries
    // the private no-store Next gives every per-request page, which says nothing of its URL.
    const maxAge = listPage(req) || (api && isApi(req) && cacheControl === undefined) ? null : sharedMaxAge(cacheControl);
    return maxAge === 0 ? false : maxAge;
  }

  return {
    stats,
    get size() {
      return entries.size;
    },

    /** Empty the cache; responses in flight when this is called will not be stored, so no one waits for them. */
    invalidate() {
      generation++;
      entries.clear();
      bytes = 0;
      for (const making of [...inflight.values()]) making.release();
      onInvalidate?.();
    },

    /**
     * Send the stored response for this request (serve()); if there is none but the same
     * key's answer is being made, wait for it (see the top of this file) and send that. Returns
     * whether the request was answered (or its client is gone).
     * @param {import("node:http").IncomingMessage} req
     * @param {import("node:http").ServerResponse} res
     */
    async settle(req, res) {
      if (serve(req, res)) return true;
      const making = handles(req) ? inflight.get(keyOf(req, byStamp(req))) : undefined;
      if (!making) return false;
      stats.waited++;
      await making.done;
      if (req.destroyed || res.destroyed) return true;
      return serve(req, res);
    },

    /**
     * Watch the response Next is about to write for this request, and keep it if it may be
     * replayed (see the rules at the top of this file). Call before handing `res` to Next.
     * @param {import("node:http").IncomingMessage} req
     * @param {import("node:http").ServerResponse} res
     */
    capture(req, res) {
      if (!handles(req)) return;
      const key = keyOf(req, byStamp(req));
      const startedAt = generation;
      const stamp = stampOf?.();
      // The first request for a key while none is in flight leads: the others settle() on it, for
      // at most waitMs. Only answers kept under the stamp (Next itself renders a cached page once
      // for all who ask for it).
      /** @type {() => void} */
      let release = () => {};
      if (byStamp(req) && stamp != null && !inflight.has(key)) {
        /** @type {() => void} */
        let resolve = () => {};
        const making = { done: new Promise((r) => (resolve = r)), release: () => release() };
        const timer = setTimeout(() => release(), waitMs);
        timer.unref?.();
        release = () => {
          release = () => {};
          clearTimeout(timer);
          if (inflight.get(key) === making) inflight.delete(key);
          resolve();
        };
        // No "close" listener for an aborted request: Next adds several of its own, and one more
        // passes Node's limit of 10 (a warning on every streamed answer); the timer covers it.
        inflight.set(key, making);
      }
      /** @type {Buffer[] | null} */
      let chunks = [];
      let size = 0;
      const keep = (chunk, encoding) => {
        if (!chunks || chunk == null || typeof chunk === "function") return;
        // Next sets its headers before the body: what cannot be kept is not copied, and no one waits for it.
        if (keepable(req, res) === false) {
          chunks = null;
          release();
          return;
        }
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
        size += buf.length;
        if (size > maxEntryBytes) {
          chunks = null;
          release();
        } else chunks.push(buf);
      };
      const write = res.write;
      const end = res.end;
      res.write = function (chunk, encoding, cb) {
        keep(chunk, encoding);
        return write.call(this, chunk, encoding, cb);
      };
      res.end = function (chunk, encoding, cb) {
        keep(chunk, encoding);
        const result = end.call(this, chunk, encoding, cb);
        const maxAge = chunks && startedAt === generation && !res.destroyed ? keepable(req, res) : false;
        if (chunks && maxAge !== false && stamp === stampOf?.()) {
          const headers = res.getHeaders();
          store(key, {
            status: 200,
            headers: Object.entries(headers)
              .filter(([name, value]) => value !== undefined && !notReplayed(name))
              .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)]),
            body: Buffer.concat(chunks),
            etag: headers.etag === undefined ? undefined : String(headers.etag),
            expires: now() + Math.min(ttlMs, (maxAge ?? Infinity) * 1000),
            stamp,
          });
        }
        chunks = null;
        release();
        return result;
      };
    },
  };
}

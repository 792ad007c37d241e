// Per-client rate limit on the public data API (/api/v1/…), applied by scripts/server.mjs before
// Next sees the request. One client (its address as settled by scripts/forwarded.mjs: forwarding
// headers count only from a trusted proxy) gets a bucket of `burst` requests refilled at
// `perMinute` a minute; an empty bucket answers 429 with Retry-After and a JSON message, so a
// scraper looping over the API cannot starve the readers and editors who share the database.
// Configured by API_RATE_LIMIT ("<per minute>" or "<per minute>/<burst>", "0" turns it off).
// Memory is bounded: at most `maxClients` buckets, the least recently seen dropped first (a
// dropped client starts again with a full bucket, which only errs towards serving).

export const API_PREFIX = "/api/v1/";
const DEFAULT = { perMinute: 600, burst: 120 };

/**
 * API_RATE_LIMIT's value → the limit, or null when it is off.
 * @param {string | undefined} value
 * @returns {{ perMinute: number, burst: number } | null}
 */
export function parseApiRateLimit(value) {
  const text = String(value ?? "").trim();
  if (text === "") return { ...DEFAULT };
  const m = /^(\d+)(?:\s*\/\s*(\d+))?$/.exec(text);
  if (!m) throw new Error(`API_RATE_LIMIT must be "<requests per minute>" or "<requests per minute>/<burst>", e.g. 600/120 (got ${JSON.stringify(text)})`);
  const perMinute = Number(m[1]);
  if (perMinute === 0) return null;
  const burst = m[2] === undefined ? Math.min(perMinute, DEFAULT.burst) : Number(m[2]);
  if (burst < 1) throw new Error("API_RATE_LIMIT's burst must be at least 1");
  return { perMinute, burst };
}

/**
 * @param {{ perMinute: number, burst: number, maxClients?: number, now?: () => number }} opts
 */
export function createApiRateLimit({ perMinute, burst, maxClients = 50_000, now = Date.now }) {
  const perMs = perMinute / 60_000;
  /** @type {Map<string, { tokens: number, at: number }>} insertion order = least recently seen first */
  const buckets = new Map();

  /** Takes one request's token for `client`; returns what to tell the client. */
  function take(client) {
    const t = now();
    const old = buckets.get(client);
    const bucket = old ? { tokens: Math.min(burst, old.tokens + (t - old.at) * perMs), at: t } : { tokens: burst, at: t };
    buckets.delete(client);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    buckets.set(client, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value);
    const retryAfterS = allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    return { allowed, remaining: Math.floor(bucket.tokens), retryAfterS };
  }

  return {
    get clients() {
      return buckets.size;
    },
    take,
    /**
     * Answers the request with 429 and returns true when `client` has no request left; otherwise
     * sets the RateLimit headers on the response and returns false.
     * @param {import("node:http").IncomingMessage} req
     * @param {import("node:http").ServerResponse} res
     * @param {string} client
     */
    refuse(req, res, client) {
      if (!(req.url ?? "").startsWith(API_PREFIX)) return false;
      const { allowed, remaining, retryAfterS } = take(client);
      res.setHeader("ratelimit-limit", String(burst));
      res.setHeader("ratelimit-remaining", String(remaining));
      if (allowed) return false;
      res.writeHead(429, {
        "content-type": "application/json; charset=utf-8",
        "cache-control": "no-store",
        "retry-after": String(retryAfterS),
        "x-content-type-options": "nosniff",
      });
      res.end(
        JSON.stringify({
          error: `Too many requests to the data API from your address: at most ${perMinute} a minute (bursts of ${burst}). Try again in ${retryAfterS} s, or download a whole export once (monuments.csv, events.csv, monuments.geojson).`,
        }) + "\n",
      );
      return true;
    },
  };
}

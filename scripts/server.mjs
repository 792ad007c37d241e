#!/usr/bin/env node
// The production server behind `npm start`: Next's request handler, with the response cache of
// scripts/page-cache.mjs in front of it for the cached public pages, the list pages and the JSON API. Same flags as
// `next start`: PORT (default 3000), HOST (default 127.0.0.1); the build is read from
// NEXT_DIST_DIR (next.config.ts). SIGTERM/SIGINT close the server and let open requests finish.
// TRUSTED_PROXY (see scripts/forwarded.mjs and lib/env.ts): the proxies whose X-Forwarded-* to believe.
// API_RATE_LIMIT (scripts/api-rate-limit.mjs): requests a minute per client on /api/v1/.
import { createServer } from "node:http";
import { createApiRateLimit, parseApiRateLimit } from "./api-rate-limit.mjs";
import { applyContentSecurityPolicy, contentSecurityPolicy } from "./csp.mjs";
import { isForeignOrigin, parseTrustedProxies, settleForwardedHeaders } from "./forwarded.mjs";
import { PAGE_CACHE_KEY, createPageCache } from "./page-cache.mjs";

process.env.NODE_ENV = "production";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXY);
const apiLimit = parseApiRateLimit(process.env.API_RATE_LIMIT);
const apiRateLimit = apiLimit && createApiRateLimit(apiLimit);

// Imported after NODE_ENV is set: Next reads it when it loads.
const { default: next } = await import("next");
// The name Next is given must be the one proxy.ts sees. Next renames a loopback host (127.x.x.x, [::1]) to
// "localhost" in the URLs it hands proxy.ts, but compares a rewrite's origin with the URL it built from this
// name: named 127.0.0.1, every language rewrite (/events → /en/events) looked like one to another server,
// and Next sent it to itself again over HTTP — each page asked for twice, and now and then a 500 "Internal
// Server Error" when that second connection was reset. So a loopback HOST is named "localhost" here;
// another HOST (0.0.0.0, an address of the machine) keeps its own name, which Next does not rename, and at
// which Next reaches itself after a server action's redirect. Where the server listens stays HOST's
// (server.listen below). (next.config.ts must not set experimental.trustHostHeader: Next would then build
// that URL from the Host header, and rewrites would leave the server again.)
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|\[::1\]|localhost)$/;
const app = next({ dev: false, hostname: LOOPBACK.test(hostname) ? "localhost" : hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// The same module instance Next loads as its cacheHandler (next.config.ts): one stamp per process.
const { forgetStamp, knownStamp } = await import("./isr-cache.mjs");
// The JSON API's answers too (page-cache.mjs): kept under the same stamp, emptied by the same edits.
// And the list pages rendered per request for their query (events, search, monuments, sources, map, sites; every
// language), and the Atom feeds.
const cache = createPageCache({ stampOf: knownStamp, onInvalidate: forgetStamp, api: true, lists: /^\/(?:[a-z]{2}\/)?(?:events|search|monuments|sources|map|sites)$|^\/(?:(?:monuments|sites)\/[^/]+\/)?feed\.xml$/ });
globalThis[PAGE_CACHE_KEY] = cache;

const server = createServer(async (req, res) => {
  const client = settleForwardedHeaders(req, trustedProxies);
  if (isForeignOrigin(req)) {
    res.writeHead(403, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "content-security-policy": contentSecurityPolicy(), "x-content-type-options": "nosniff" });
    res.end("Forbidden: this request was sent by a page of another site. Nothing was changed.\n");
    return;
  }
  if (apiRateLimit?.refuse(req, res, client)) return;
  if (await cache.settle(req, res)) return;
  cache.capture(req, res);
  // After capture: the policy is on the response before the page cache keeps its headers.
  applyContentSecurityPolicy(res);
  handle(req, res).catch((err) => {
    console.error(err);
    // Part of an answer already sent: cut the connection, so that no client (and not the response
    // cache, which keeps only what ended) takes a truncated answer for a whole one.
    if (res.headersSent) return void res.destroy();
    res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => console.log(`▸ ready on http://${hostname}:${port}`));

function shutdown() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);

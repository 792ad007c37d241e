// The Content-Security-Policy of every response, written by scripts/server.mjs.
//
// No 'unsafe-inline' for scripts. Next's pages carry inline scripts (the React payload,
// `self.__next_f.push(…)`, and Turbopack's chunk list) whose content differs per page. Nonces,
// Next's own answer, need every page rendered per request, which would give up the prerendered,
// cached public pages. So each HTML response is given the SHA-256 hashes of its inline scripts —
// but only of scripts in the three shapes Next writes, each pushing one JSON value onto a list
// (checked by parsing it): data, not code. Any other inline script, or an inline event handler or
// javascript: URL that slipped into a page, is not hashed and the browser refuses to run it.
// Hashes are computed once per rendered page: the page cache (page-cache.mjs) keeps the header.
import { createHash } from "node:crypto";
import zlib from "node:zlib";

// The maps' tile server (MAP_TILE_URL, as lib/env.ts reads it; "none" switches tiles off) is the one
// outside origin pages load images from. Leaflet's "{s}" subdomain becomes a wildcard host, as in
// lib/map-tiles.ts, which builds the same source for `next dev`'s policy.
const TILES = process.env.MAP_TILE_URL ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const tileSrc = TILES === "none" ? "" : ` ${/^https:\/\/[^/]+/.exec(TILES)?.[0].replace(/\{s\}/g, "*") ?? ""}`.trimEnd();

const DIRECTIVES = [
  "default-src 'self'",
  // React and Next set style attributes; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data:${tileSrc}`,
  "font-src 'self'",
  `connect-src 'self'${tileSrc}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

/** The policy with these script hashes ('sha256-…' sources) allowed besides same-origin files. */
export function contentSecurityPolicy(hashes = []) {
  return [`script-src 'self'${hashes.map((h) => ` '${h}'`).join("")}`, ...DIRECTIVES].join("; ");
}

const PUSH_SHAPES = [
  /^self\.__next_f\.push\(([\s\S]*)\);?$/,
  /^\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(([\s\S]*)\);?$/,
  /^\(globalThis\["TURBOPACK"\]\s*\|\|\s*\(globalThis\["TURBOPACK"\]\s*=\s*\[\]\)\)\.push\(([\s\S]*)\);?$/,
];

/** Next's own inline script: one of its push shapes with a JSON argument. */
export function isNextDataScript(body) {
  for (const shape of PUSH_SHAPES) {
    const m = shape.exec(body);
    if (!m) continue;
    try {
      JSON.parse(m[1]);
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** 'sha256-…' of every inline script in the page that is Next's own data. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attrs) || /\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attrs)) continue;
    if (isNextDataScript(body)) hashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

function decode(body, encoding) {
  switch (String(encoding ?? "").toLowerCase()) {
    case "gzip":
      return zlib.gunzipSync(body);
    case "deflate":
      return zlib.inflateSync(body);
    case "br":
      return zlib.brotliDecompressSync(body);
    default:
      return body;
  }
}

/**
 * Gives the response its policy. Call before handing `res` to Next. A response that is not HTML
 * gets the policy without hashes when its headers are written; an HTML response is held — headers
 * and body — until it ends (a page's scripts are known only then), then sent whole with the hashes
 * of its scripts. Next's compression writes the headers before the first (gzipped) chunk, so the
 * hold starts at writeHead, and the page is unzipped to be read.
 * @param {import("node:http").ServerResponse} res
 */
export function applyContentSecurityPolicy(res) {
  const { write, end, writeHead } = res;
  /** @type {Buffer[] | null} */
  let held = null;
  /** @type {unknown[] | null} */
  let heldHead = null;
  let decided = false;
  const decide = (headArgs = []) => {
    if (decided || res.headersSent) return;
    decided = true;
    // A 304 has no page to hash, and the browser would replace the cached page's policy (with its
    // hashes) by the 304's: it gets none, and the cached one stays.
    if ((typeof headArgs[0] === "number" ? headArgs[0] : res.statusCode) === 304) return;
    const headObject = headArgs.find((a) => a && typeof a === "object" && !Array.isArray(a));
    const type = String(res.getHeader("content-type") ?? headObject?.["content-type"] ?? headObject?.["Content-Type"] ?? "");
    if (/^text\/html\b/i.test(type)) held = [];
    else res.setHeader("content-security-policy", contentSecurityPolicy());
  };
  res.writeHead = function (...args) {
    decide(args);
    if (!held) return writeHead.apply(this, args);
    heldHead = args;
    return this;
  };
  const chunkOf = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
  res.write = function (chunk, encoding, cb) {
    decide();
    if (!held || chunk == null || typeof chunk === "function") return write.call(this, chunk, encoding, cb);
    held.push(chunkOf(chunk, encoding));
    if (typeof encoding === "function") encoding();
    else if (typeof cb === "function") cb();
    return true;
  };
  res.end = function (chunk, encoding, cb) {
    decide();
    if (!held) return end.call(this, chunk, encoding, cb);
    if (res.statusCode === 304 || (heldHead && heldHead[0] === 304)) {
      held = null;
      if (heldHead) writeHead.apply(this, heldHead);
      return end.call(this, chunk, encoding, cb);
    }
    if (typeof chunk === "function") [cb, chunk] = [chunk, undefined];
    else if (typeof encoding === "function") [cb, encoding] = [encoding, undefined];
    if (chunk != null) held.push(chunkOf(chunk, encoding));
    const body = Buffer.concat(held);
    held = null;
    let hashes = [];
    try {
      hashes = inlineScriptHashes(decode(body, res.getHeader("content-encoding")).toString("utf8"));
    } catch (err) {
      console.error("csp: could not read the page to hash its scripts", err);
    }
    res.setHeader("content-security-policy", contentSecurityPolicy(hashes));
    if (heldHead) writeHead.apply(this, heldHead);
    return end.call(this, body, cb);
  };
}

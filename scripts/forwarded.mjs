// Who is asking, and from which site: decided once, in scripts/server.mjs, before Next or
// better-auth see the request.
//
// X-Forwarded-For / -Host / -Proto and Forwarded are written by whoever sends the request. Trusted
// by default, they let anyone pick their own address (30 password guesses from 30 made-up
// addresses, none limited) and their own host (a server action's Origin check compares against
// X-Forwarded-Host). So they are dropped unless the connection comes from a proxy named in
// TRUSTED_PROXY (comma-separated addresses, e.g. "127.0.0.1" for a proxy on the same machine);
// from such a proxy, the client is the last X-Forwarded-For entry that is not itself a trusted
// proxy. Either way the app gets the answer in one header it cannot be sent from outside:
// CLIENT_ADDRESS_HEADER (better-auth's rate limiter reads it, lib/auth.ts).

export const CLIENT_ADDRESS_HEADER = "x-heritage-client-address";
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/** "::ffff:127.0.0.1" → "127.0.0.1": Node reports IPv4 peers of a dual-stack socket that way. */
export function normalizeAddress(address) {
  const a = String(address ?? "").trim().toLowerCase();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

/** TRUSTED_PROXY's value → a set of addresses (empty when unset). */
export function parseTrustedProxies(value) {
  return new Set(String(value ?? "").split(",").map(normalizeAddress).filter(Boolean));
}

/**
 * Rewrites the request's forwarding headers in place and returns the client's address.
 * @param {{ headers: Record<string, string | string[] | undefined>, socket: { remoteAddress?: string } }} req
 * @param {Set<string>} trusted
 */
export function settleForwardedHeaders(req, trusted) {
  const peer = normalizeAddress(req.socket.remoteAddress) || "unknown";
  let client = peer;
  if (trusted.has(peer)) {
    const chain = String(req.headers["x-forwarded-for"] ?? "").split(",").map(normalizeAddress).filter(Boolean);
    for (let i = chain.length - 1; i >= 0; i--) {
      client = chain[i];
      if (!trusted.has(client)) break;
    }
  } else {
    for (const name of FORWARDING_HEADERS) delete req.headers[name];
  }
  req.headers[CLIENT_ADDRESS_HEADER] = client;
  return client;
}

/**
 * A state-changing request (anything but GET/HEAD/OPTIONS) sent by a page of another site: its
 * Origin names a host other than the one it was sent to (after settleForwardedHeaders, a forwarded
 * host counts only from a trusted proxy). Next would refuse a server action like that by throwing
 * (HTTP 500); the server answers 403 before it gets there. A request without Origin (curl, old
 * browsers' same-origin GET forms) is left to the handlers, as Next and better-auth do.
 */
export function isForeignOrigin(req) {
  if (["GET", "HEAD", "OPTIONS"].includes(req.method ?? "GET")) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  const host = String(req.headers["x-forwarded-host"] ?? req.headers.host ?? "").split(",")[0].trim().toLowerCase();
  try {
    return new URL(String(origin)).host.toLowerCase() !== host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or garbage
  }
}

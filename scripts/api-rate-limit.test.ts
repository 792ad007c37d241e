// The API's per-client limit, on a real HTTP server wired as scripts/server.mjs wires it (client
// address settled by scripts/forwarded.mjs, then the limit, then the app).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createApiRateLimit, parseApiRateLimit } from "./api-rate-limit.mjs";
import { parseTrustedProxies, settleForwardedHeaders } from "./forwarded.mjs";

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(limit: ReturnType<typeof createApiRateLimit>, trusted = "") {
  const proxies = parseTrustedProxies(trusted);
  const server = createServer((req, res) => {
    const client = settleForwardedHeaders(req, proxies);
    if (limit.refuse(req, res, client)) return;
    res.setHeader("content-type", "application/json");
    res.end('{"ok":true}');
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("API_RATE_LIMIT", () => {
  it("reads a rate, a rate with its burst, and off", () => {
    expect(parseApiRateLimit(undefined)).toEqual({ perMinute: 600, burst: 120 });
    expect(parseApiRateLimit("60")).toEqual({ perMinute: 60, burst: 60 });
    expect(parseApiRateLimit(" 600 / 20 ")).toEqual({ perMinute: 600, burst: 20 });
    expect(parseApiRateLimit("0")).toBeNull();
  });

  it("refuses a value it cannot read, saying what it wants", () => {
    expect(() => parseApiRateLimit("fast")).toThrow(/API_RATE_LIMIT must be/);
    expect(() => parseApiRateLimit("-5")).toThrow(/API_RATE_LIMIT must be/);
    expect(() => parseApiRateLimit("60/0")).toThrow(/burst must be at least 1/);
  });
});

describe("the API rate limit", () => {
  it("answers 429 with Retry-After and a JSON message once a client's burst is spent, and only on /api/v1/", async () => {
    const base = await serve(createApiRateLimit({ perMinute: 60, burst: 3 }));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${base}/api/v1/monuments`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await fetch(`${base}/api/v1/events`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    const body = (await refused.json()) as { error: string };
    expect(body.error).toMatch(/at most 60 a minute/);
    // Pages are not the API: they go on being served.
    expect((await fetch(`${base}/monuments/temple-of-bel`)).status).toBe(200);
  });

  it("refills over time", () => {
    let t = 0;
    const limit = createApiRateLimit({ perMinute: 60, burst: 2, now: () => t });
    expect([limit.take("a").allowed, limit.take("a").allowed, limit.take("a").allowed]).toEqual([true, true, false]);
    expect(limit.take("a").retryAfterS).toBe(1);
    t += 1000;
    expect(limit.take("a").allowed).toBe(true);
    expect(limit.take("a").allowed).toBe(false);
    t += 60_000; // never more than the burst, however long the pause
    expect([limit.take("a").allowed, limit.take("a").allowed, limit.take("a").allowed]).toEqual([true, true, false]);
  });

  it("counts each client apart, by the address a trusted proxy forwards, and not by a made-up header", async () => {
    const limit = createApiRateLimit({ perMinute: 60, burst: 1 });
    const viaProxy = await serve(limit, "127.0.0.1");
    const get = (base: string, xff: string) => fetch(`${base}/api/v1/actors`, { headers: { "x-forwarded-for": xff } }).then((r) => r.status);
    expect(await get(viaProxy, "203.0.113.1")).toBe(200);
    expect(await get(viaProxy, "203.0.113.1")).toBe(429);
    expect(await get(viaProxy, "203.0.113.2")).toBe(200);

    const direct = await serve(createApiRateLimit({ perMinute: 60, burst: 1 }));
    expect(await get(direct, "198.51.100.1")).toBe(200);
    // Without a trusted proxy, rotating X-Forwarded-For is the same client.
    expect(await get(direct, "198.51.100.2")).toBe(429);
  });

  it("keeps at most maxClients buckets", () => {
    const limit = createApiRateLimit({ perMinute: 60, burst: 1, maxClients: 100 });
    for (let i = 0; i < 1000; i++) limit.take(`10.0.${i >> 8}.${i & 255}`);
    expect(limit.clients).toBe(100);
  });
});

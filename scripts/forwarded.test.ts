import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, isForeignOrigin, parseTrustedProxies, settleForwardedHeaders } from "./forwarded.mjs";

const request = (remoteAddress: string, headers: Record<string, string>, method = "POST") => ({ method, socket: { remoteAddress }, headers: { ...headers } as Record<string, string | string[] | undefined> });

describe("forwarding headers", () => {
  it("ignores X-Forwarded-* when no proxy is trusted: the client is the connection's address", () => {
    const req = request("::ffff:198.51.100.7", { "x-forwarded-for": "203.0.113.9", "x-forwarded-host": "evil.example", forwarded: "for=1.2.3.4", [CLIENT_ADDRESS_HEADER]: "10.9.9.9" });
    expect(settleForwardedHeaders(req, parseTrustedProxies(undefined))).toBe("198.51.100.7");
    expect(req.headers).toEqual({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" });
  });

  it("believes a trusted proxy: the client is the last address it did not add itself", () => {
    const trusted = parseTrustedProxies("127.0.0.1, 10.0.0.2");
    const req = request("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2", "x-forwarded-host": "heritage.example" });
    expect(settleForwardedHeaders(req, trusted)).toBe("203.0.113.9");
    expect(req.headers["x-forwarded-host"]).toBe("heritage.example");
    expect(settleForwardedHeaders(request("192.0.2.1", { "x-forwarded-for": "6.6.6.6" }), trusted)).toBe("192.0.2.1");
  });
});

describe("foreign-origin requests", () => {
  it("flags a POST whose Origin is another host, also when X-Forwarded-Host was spoofed and dropped", () => {
    const req = request("192.0.2.1", { host: "heritage.example", origin: "http://evil.example", "x-forwarded-host": "evil.example" });
    settleForwardedHeaders(req, new Set());
    expect(isForeignOrigin(req)).toBe(true);
    expect(isForeignOrigin(request("192.0.2.1", { host: "heritage.example", origin: "null" }))).toBe(true);
  });

  it("lets same-origin posts, posts without Origin and reads through", () => {
    expect(isForeignOrigin(request("192.0.2.1", { host: "127.0.0.1:3200", origin: "http://127.0.0.1:3200" }))).toBe(false);
    expect(isForeignOrigin(request("192.0.2.1", { host: "heritage.example" }))).toBe(false);
    expect(isForeignOrigin(request("192.0.2.1", { host: "heritage.example", origin: "http://evil.example" }, "GET"))).toBe(false);
  });
});

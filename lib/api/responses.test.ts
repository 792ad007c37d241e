import { describe, expect, it } from "vitest";
import { requestUrl } from "./responses";

const req = (headers: Record<string, string>) => new Request("http://localhost:3000/api/v1/events?limit=2", { headers });

describe("requestUrl", () => {
  it("uses the Host the client addressed, not the address next start listens on", () => {
    expect(requestUrl(req({ host: "127.0.0.1:3300" })).href).toBe("http://127.0.0.1:3300/api/v1/events?limit=2");
  });
  it("prefers a proxy's X-Forwarded-Host and -Proto (the first of a list)", () => {
    expect(requestUrl(req({ host: "app:3000", "x-forwarded-host": "heritage.example.org, inner", "x-forwarded-proto": "https" })).origin).toBe("https://heritage.example.org");
  });
  it("ignores a malformed host and an unknown protocol", () => {
    expect(requestUrl(req({ host: "evil.example/path?x", "x-forwarded-proto": "javascript" })).origin).toBe("http://localhost:3000");
  });
});

import { describe, expect, it } from "vitest";
import { normalizeUrl, sameUrl } from "./url";

describe("normalizeUrl", () => {
  it("ignores scheme, www., trailing slash, tracking parameters, fragment and parameter order", () => {
    const key = normalizeUrl("https://www.reuters.com/article/palmyra/?utm_source=x&b=2&a=1#top");
    expect(key).toBe("reuters.com/article/palmyra?a=1&b=2");
    expect(sameUrl("http://reuters.com/article/palmyra?b=2&a=1&fbclid=z", "https://www.reuters.com/article/palmyra/?utm_source=x&b=2&a=1#top")).toBe(true);
  });
  it("keeps what tells pages apart", () => {
    expect(sameUrl("https://example.org/a", "https://example.org/b")).toBe(false);
    expect(sameUrl("https://example.org/a?id=1", "https://example.org/a?id=2")).toBe(false);
    expect(normalizeUrl("")).toBeNull();
  });
});

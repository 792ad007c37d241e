import { describe, expect, it } from "vitest";
import { normalizeUrl, sameUrl } from "./url";

describe("normalizeUrl", () => {
  it("ignores scheme, www., trailing slash, tracking parameters, fragment and parameter order", () => {
    const key = normalizeUrl("https://www.reuters.com/article/palmyra/?utm_source=x&b=2&a=1#top");
    expect(key).toBe("reuters.com/article/palmyra?a=1&b=2");
    expect(sameUrl("http://reuters.com/article/palmyra?b=2&a=1&fbclid=z", "https://www.reuters.com/article/palmyra/?utm_source=x&b=2&a=1#top")).toBe(true);
  });
  it("ignores host case, default ports and an empty fragment or query", () => {
    const key = normalizeUrl("https://www.albawaba.me/news/palmyra-944652");
    expect(normalizeUrl("HTTP://WWW.AlBawaba.ME:80/news/palmyra-944652/")).toBe(key);
    expect(normalizeUrl("https://albawaba.me:443/news/palmyra-944652?#")).toBe(key);
    expect(normalizeUrl("http://albawaba.me/news/palmyra-944652?utm_source=twitter&utm_medium=social&utm_campaign=x#comments")).toBe(key);
  });
  it("keeps what tells pages apart", () => {
    expect(sameUrl("https://example.org:8080/a", "https://example.org/a")).toBe(false);
    expect(sameUrl("https://example.org/News/A", "https://example.org/news/a")).toBe(false);
    expect(sameUrl("https://example.org/a", "https://example.org/b")).toBe(false);
    expect(sameUrl("https://example.org/a?id=1", "https://example.org/a?id=2")).toBe(false);
    expect(normalizeUrl("")).toBeNull();
  });
});

// The response cache's rules, on a real HTTP server. The app behind it here answers the way Next
// does for a cached page (headers set, then `end(body)`); e2e/public/page-cache.spec.ts runs the
// same cache in front of the real Next build.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { LOCALE_REWRITE_HEADER } from "./locale-rewrite.mjs";
import { createPageCache } from "./page-cache.mjs";

type App = (req: IncomingMessage, res: ServerResponse) => void;

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A server with the cache in front of `app`, as scripts/server.mjs wires it; counts what reaches the app. */
async function serve(app: App, opts: Parameters<typeof createPageCache>[0] = {}) {
  const cache = createPageCache(opts);
  let reached = 0;
  const server = createServer(async (req, res) => {
    if (await cache.settle(req, res)) return;
    cache.capture(req, res);
    reached++;
    app(req, res);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { cache, base, reached: () => reached };
}

/** The two headers Next sends with a page from its cache. */
function fromNextCache(res: ServerResponse, cacheControl = "s-maxage=3600, stale-while-revalidate=31532400") {
  res.setHeader("x-nextjs-cache", "HIT");
  res.setHeader("cache-control", cacheControl);
}

let renders = 0;
/** A page Next answers from its cache: HIT, shared Cache-Control, an ETag. */
const cachedPage: App = (_req, res) => {
  renders++;
  fromNextCache(res);
  res.setHeader("etag", '"v1"');
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("vary", "rsc, next-router-state-tree, Accept-Encoding");
  res.end(`<p>render ${renders}</p>`);
};

describe("page cache", () => {
  it("replays a page Next answered from its cache, with its headers, without asking the app again", async () => {
    const { base, reached } = await serve(cachedPage);
    const first = await fetch(`${base}/monuments/temple-of-bel`);
    const firstBody = await first.text();
    const second = await fetch(`${base}/monuments/temple-of-bel`);
    expect(await second.text()).toBe(firstBody);
    expect(second.headers.get("x-page-cache")).toBe("HIT");
    expect(first.headers.get("x-page-cache")).toBeNull();
    expect(second.headers.get("etag")).toBe('"v1"');
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.headers.get("cache-control")).toBe("s-maxage=3600, stale-while-revalidate=31532400");
    expect(reached()).toBe(1);
  });

  it("serves an entry only while the dataset stamp it was kept under is current (an edit on another server)", async () => {
    let stamp: string | null | undefined = "s1";
    const { base, reached } = await serve(cachedPage, { stampOf: () => stamp });
    await fetch(`${base}/s`);
    expect((await fetch(`${base}/s`)).headers.get("x-page-cache")).toBe("HIT");
    stamp = "s2";
    expect((await fetch(`${base}/s`)).headers.get("x-page-cache")).toBeNull();
    expect((await fetch(`${base}/s`)).headers.get("x-page-cache")).toBe("HIT");
    stamp = undefined; // not known (yet): nothing is kept under it
    await fetch(`${base}/t`);
    expect((await fetch(`${base}/t`)).headers.get("x-page-cache")).toBeNull();
    expect(reached()).toBe(4);
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const { base } = await serve(cachedPage);
    await fetch(`${base}/a`);
    const res = await fetch(`${base}/a`, { headers: { "if-none-match": '"v1"' } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe("");
  });

  it("keys on the URL with its query and on Accept-Encoding", async () => {
    const { base, reached } = await serve(cachedPage);
    await fetch(`${base}/m?asOf=2016-01-01`);
    await fetch(`${base}/m?asOf=2017-01-01`);
    await fetch(`${base}/m?asOf=2016-01-01`, { headers: { "accept-encoding": "gzip" } });
    expect(reached()).toBe(3);
    await fetch(`${base}/m?asOf=2016-01-01`);
    expect(reached()).toBe(3);
  });

  it("never serves or stores client-router requests (rsc, prefetch, _rsc), HEAD, or Range", async () => {
    const { base, reached } = await serve(cachedPage);
    await fetch(`${base}/p`); // stored
    const variants: [string, RequestInit][] = [
      ["/p", { headers: { rsc: "1" } }],
      ["/p", { headers: { "next-router-prefetch": "1" } }],
      ["/p?_rsc=abc", {}],
      ["/p", { method: "HEAD" }],
      ["/p", { headers: { range: "bytes=0-3" } }],
      ["/p", { headers: { cookie: "__prerender_bypass=1" } }],
      // The internal request of a locale rewrite: kept, it would answer an outside /en/... that must be redirected.
      ["/p", { headers: { [LOCALE_REWRITE_HEADER]: "1" } }],
    ];
    for (const [path, init] of variants) {
      const res = await fetch(base + path, init);
      expect(res.headers.get("x-page-cache"), `${init.method ?? "GET"} ${path} ${JSON.stringify(init.headers ?? {})}`).toBeNull();
    }
    expect(reached()).toBe(1 + variants.length);
  });

  it("stores nothing Next rendered per request, privately, with a cookie, or not 200", async () => {
    const answers: App[] = [
      (_q, s) => s.end("dynamic page: no x-nextjs-cache"),
      (_q, s) => (s.setHeader("x-nextjs-cache", "STALE"), s.end("stale")),
      (_q, s) => (s.setHeader("x-nextjs-cache", "MISS"), s.end("miss")),
      (_q, s) => (s.setHeader("x-nextjs-cache", "HIT"), s.setHeader("cache-control", "private, no-store"), s.end("private")),
      (_q, s) => (s.setHeader("x-nextjs-cache", "HIT"), s.end("no Cache-Control")),
      (_q, s) => (fromNextCache(s), s.setHeader("set-cookie", "a=b"), s.end("cookie")),
      (_q, s) => ((s.statusCode = 404), fromNextCache(s), s.end("not found")),
    ];
    for (const app of answers) {
      const { base, reached, cache } = await serve(app);
      await fetch(`${base}/x`);
      await fetch(`${base}/x`);
      expect(reached()).toBe(2);
      expect(cache.size).toBe(0);
    }
  });

  it("keeps a response written in several chunks whole", async () => {
    const { base } = await serve((_q, s) => {
      fromNextCache(s);
      s.write("<p>one ");
      s.write(Buffer.from("two "));
      s.end("three</p>");
    });
    await fetch(`${base}/c`);
    const res = await fetch(`${base}/c`);
    expect(res.headers.get("x-page-cache")).toBe("HIT");
    expect(await res.text()).toBe("<p>one two three</p>");
  });

  it("forgets everything on invalidate(), and does not store a response that was in flight then", async () => {
    let release: (() => void) | undefined;
    let version = 1;
    const { base, reached, cache } = await serve((req, res) => {
      fromNextCache(res);
      const body = `<p>v${version}</p>`;
      if (req.url === "/slow" && version === 1) release = () => res.end(body);
      else res.end(body);
    });
    await fetch(`${base}/fast`);
    expect(cache.size).toBe(1);
    // An edit lands while /slow is still being answered with the old data.
    const slow = fetch(`${base}/slow`);
    await new Promise((r) => setTimeout(r, 50));
    version = 2;
    cache.invalidate();
    release!();
    expect(await (await slow).text()).toBe("<p>v1</p>");
    expect(cache.size).toBe(0);
    expect(await (await fetch(`${base}/fast`)).text()).toBe("<p>v2</p>");
    expect(await (await fetch(`${base}/slow`)).text()).toBe("<p>v2</p>");
    expect(reached()).toBe(4);
  });

  it("lets an entry expire after ttlMs, or sooner when the response's s-maxage is shorter", async () => {
    let t = 0;
    const { base, reached } = await serve(
      (req, res) => {
        fromNextCache(res, req.url === "/short" ? "s-maxage=2" : "s-maxage=3600");
        res.end("x");
      },
      { ttlMs: 10_000, now: () => t },
    );
    await fetch(`${base}/long`);
    await fetch(`${base}/short`);
    t = 1_999;
    await fetch(`${base}/long`);
    await fetch(`${base}/short`);
    expect(reached()).toBe(2);
    t = 2_000;
    await fetch(`${base}/short`);
    expect(reached()).toBe(3);
    t = 10_000;
    await fetch(`${base}/long`);
    expect(reached()).toBe(4);
  });

  it("drops the least recently used entries beyond maxEntries or maxBytes, and never stores one over maxEntryBytes", async () => {
    const { base, cache } = await serve(
      (req, res) => {
        fromNextCache(res);
        res.end(req.url === "/big" ? "x".repeat(200) : "0123456789");
      },
      { maxEntries: 2, maxBytes: 25, maxEntryBytes: 100 },
    );
    const hit = async (path: string) => (await fetch(base + path)).headers.get("x-page-cache") === "HIT";
    await fetch(`${base}/a`);
    await fetch(`${base}/b`);
    expect(await hit("/a")).toBe(true); // a is now the most recent
    await fetch(`${base}/c`); // over maxEntries: b goes
    expect(await hit("/b")).toBe(false);
    expect(cache.size).toBe(2);
    await fetch(`${base}/big`);
    expect(await hit("/big")).toBe(false);
  });

  describe("the JSON API (api: true)", () => {
    let answered = 0;
    /** An API route as Next runs it: per request, no x-nextjs-cache, links from the request's host, a rate-limit header. */
    const apiAnswer: App = (req, res) => {
      answered++;
      res.setHeader("content-type", "application/json; charset=utf-8");
      res.setHeader("ratelimit-remaining", String(100 - answered));
      res.end(JSON.stringify({ url: `http://${req.headers.host}/monuments/x`, answered }));
    };

    it("keeps an API answer under the stamp, and answers again once an edit changes the stamp", async () => {
      let stamp: string | null | undefined = "s1";
      const { base, reached } = await serve(apiAnswer, { stampOf: () => stamp, api: true });
      const first = await (await fetch(`${base}/api/v1/monuments`)).json();
      const again = await fetch(`${base}/api/v1/monuments`);
      expect(again.headers.get("x-page-cache")).toBe("HIT");
      expect(await again.json()).toEqual(first);
      // A header that described the first request is not sent again as if it described this one.
      expect(again.headers.get("ratelimit-remaining")).toBeNull();
      stamp = "s2";
      const after = await fetch(`${base}/api/v1/monuments`);
      expect(after.headers.get("x-page-cache")).toBeNull();
      expect((await after.json()).answered).toBeGreaterThan(first.answered);
      expect(reached()).toBe(2);
    });

    it("after an edit on this server, stores nothing under the stamp from before it until the stamp is read again", async () => {
      // As server.mjs wires it to isr-cache.mjs: invalidate() forgets the known stamp; the next read brings the new one.
      let known: string | undefined = "s1";
      const { base, cache } = await serve(apiAnswer, { stampOf: () => known, onInvalidate: () => (known = undefined), api: true });
      await fetch(`${base}/api/v1/changes`);
      expect((await fetch(`${base}/api/v1/changes`)).headers.get("x-page-cache")).toBe("HIT");
      cache.invalidate();
      expect(known).toBeUndefined();
      // Answered after the edit, while the stamp is being read again: not kept (under "s1" it would
      // be served until the read came back with "s2", then dropped).
      await fetch(`${base}/api/v1/changes`);
      expect(cache.size).toBe(0);
      known = "s2";
      await fetch(`${base}/api/v1/changes`);
      expect((await fetch(`${base}/api/v1/changes`)).headers.get("x-page-cache")).toBe("HIT");
    });

    it("keys on the Host (absolute links), and keeps nothing without a known stamp, with a cookie or no-store", async () => {
      const { base, cache } = await serve(apiAnswer, { stampOf: () => "s1", api: true });
      const port = new URL(base).port;
      await fetch(`${base}/api/v1/sites`);
      const other = await fetch(`http://localhost:${port}/api/v1/sites`);
      expect(other.headers.get("x-page-cache")).toBeNull();
      expect((await other.json()).url).toBe(`http://localhost:${port}/monuments/x`);

      for (const app of [
        ((_q, s) => (s.setHeader("set-cookie", "a=b"), s.end("{}"))) as App,
        ((_q, s) => (s.setHeader("cache-control", "no-store"), s.end("{}"))) as App,
        ((_q, s) => ((s.statusCode = 400), s.end("{}"))) as App,
      ]) {
        const refused = await serve(app, { stampOf: () => "s1", api: true });
        await fetch(`${refused.base}/api/v1/events`);
        expect(refused.cache.size).toBe(0);
      }
      const unknown = await serve(apiAnswer, { stampOf: () => undefined, api: true });
      await fetch(`${unknown.base}/api/v1/events`);
      expect(unknown.cache.size).toBe(0);
      expect(cache.size).toBe(2);
    });

    it("leaves the API alone without the option", async () => {
      const { base, cache } = await serve(apiAnswer, { stampOf: () => "s1" });
      await fetch(`${base}/api/v1/monuments`);
      expect((await fetch(`${base}/api/v1/monuments`)).headers.get("x-page-cache")).toBeNull();
      expect(cache.size).toBe(0);
    });
  });
  describe("requests for an answer being made (settle)", () => {
    const lists = /^\/events$/;
    /** Resolves once `check` holds (polled): lets an app hold its answer until the others have arrived. */
    const until = async (check: () => boolean) => {
      while (!check()) await new Promise((r) => setTimeout(r, 5));
    };
    /** A list page whose first chunk is written at once and whose end waits for `hold`. */
    const heldList = (hold: () => Promise<unknown>, head: (res: ServerResponse) => void = () => {}): App => (req, res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      head(res);
      res.write(`<p>${req.url} `);
      void hold().then(() => res.end(`at ${performance.now()}</p>`));
    };
    const text = (url: string) => fetch(url).then((r) => r.text());

    it("renders once for identical requests that arrive while it renders, and answers them all with it", async () => {
      // Held until the four others are waiting for it.
      const served: Awaited<ReturnType<typeof serve>> = await serve(heldList(() => until(() => served.cache.stats.waited === 4)), { stampOf: () => "s1", lists });
      const answers = await Promise.all(Array.from({ length: 5 }, () => fetch(`${served.base}/events?page=2`)));
      const bodies = await Promise.all(answers.map((r) => r.text()));
      expect(served.reached()).toBe(1);
      expect(new Set(bodies).size).toBe(1);
      expect(answers.filter((r) => r.headers.get("x-page-cache") === "HIT")).toHaveLength(4);
      // Another query is another answer: not held behind this one.
      await Promise.all([3, 4].map((n) => text(`${served.base}/events?page=${n}`)));
      expect(served.reached()).toBe(3);
    });

    it("holds no one behind an answer its headers say will not be kept, nor behind a download past maxEntryBytes", async () => {
      for (const [head, opts] of [
        [(res: ServerResponse) => res.setHeader("set-cookie", "a=b"), {}],
        [(res: ServerResponse) => (res.statusCode = 404), {}],
        [() => {}, { maxEntryBytes: 4 }],
      ] as const) {
        let leaderDone = false;
        let followers = 0;
        // The first answer ends only once two more requests have reached the app: they were not held.
        const app: App = (req, res) => {
          if (req.headers["x-follower"]) followers++;
          heldList(() => until(() => followers === 2).then(() => (leaderDone = true)), head)(req, res);
        };
        const { base, cache, reached } = await serve(app, { stampOf: () => "s1", lists, ...opts });
        const leader = await fetch(`${base}/events`);
        await Promise.all([1, 2].map(() => fetch(`${base}/events`, { headers: { "x-follower": "1" } }).then((r) => r.text())));
        await leader.text();
        expect(leaderDone).toBe(true);
        expect(reached()).toBe(3);
        expect(cache.stats.waited).toBe(0);
      }
    });

    it("stops holding requests when an edit empties the cache, and after waitMs", async () => {
      let calls = 0;
      let letGo = false;
      // The first answer (made before the edit) ends only once the waiting request has been let go.
      const { base, cache } = await serve(((req, res) => {
        if (++calls > 1) return void ((letGo = true), res.end("<p>after the edit</p>"));
        heldList(() => until(() => letGo))(req, res);
      }) as App, { stampOf: () => "s1", lists });
      const leader = text(`${base}/events`);
      await until(() => calls === 1);
      const follower = text(`${base}/events`);
      await until(() => cache.stats.waited === 1);
      cache.invalidate();
      expect(await follower).toBe("<p>after the edit</p>");
      await leader;
      // What is kept is the answer made after the edit, not the one in flight during it.
      const again = await fetch(`${base}/events`);
      expect(again.headers.get("x-page-cache")).toBe("HIT");
      expect(await again.text()).toBe("<p>after the edit</p>");

      // A leader slower than waitMs: requests after it are let go, and render themselves.
      let renders = 0;
      const slow = await serve(((req, res) => {
        renders++;
        heldList(() => until(() => renders === 3))(req, res);
      }) as App, { stampOf: () => "s1", lists, waitMs: 50 });
      await Promise.all(Array.from({ length: 3 }, () => text(`${slow.base}/events`)));
      expect(slow.reached()).toBe(3);
    });

    it("holds nothing behind a page from Next's cache (Next renders it once for all itself)", async () => {
      let arrived = 0;
      const { base, cache } = await serve(((req, res) => {
        arrived++;
        heldList(() => until(() => arrived === 3), fromNextCache)(req, res);
      }) as App, { stampOf: () => "s1", lists });
      await Promise.all(Array.from({ length: 3 }, () => text(`${base}/monuments/x`)));
      expect(arrived).toBe(3);
      expect(cache.stats.waited).toBe(0);
    });
  });

  describe("list pages rendered per request (lists)", () => {
    let rendered = 0;
    /** /events as Next answers it: rendered for this request, private no-store, no x-nextjs-cache. */
    const listPage: App = (req, res) => {
      rendered++;
      res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(`<p>${req.url} render ${rendered}</p>`);
    };
    const lists = /^\/(?:[a-z]{2}\/)?(?:events|search)$/;

    it("keeps a list page under the stamp, per query, and renders it again after an edit", async () => {
      let stamp = "s1";
      const { base, reached } = await serve(listPage, { stampOf: () => stamp, lists });
      const first = await (await fetch(`${base}/ar/events?method=SHELLING`)).text();
      const again = await fetch(`${base}/ar/events?method=SHELLING`);
      expect(again.headers.get("x-page-cache")).toBe("HIT");
      expect(await again.text()).toBe(first);
      // Replayed with Next's header: a browser still keeps nothing.
      expect(again.headers.get("cache-control")).toContain("no-store");
      expect((await fetch(`${base}/ar/events?method=FIRE`)).headers.get("x-page-cache")).toBeNull();
      stamp = "s2";
      const after = await fetch(`${base}/ar/events?method=SHELLING`);
      expect(after.headers.get("x-page-cache")).toBeNull();
      expect(await after.text()).not.toBe(first);
      expect(reached()).toBe(3);
    });

    it("keys a kept answer by host too (a feed's links are absolute)", async () => {
      const feed: App = (req, res) => {
        res.setHeader("content-type", "application/atom+xml");
        res.end(`<link href="http://${req.headers.host}/monuments/x"/>`);
      };
      const { base, cache } = await serve(feed, { stampOf: () => "s1", lists: /^\/feed\.xml$/ });
      const port = new URL(base).port;
      await fetch(`${base}/feed.xml`);
      expect((await fetch(`${base}/feed.xml`)).headers.get("x-page-cache")).toBe("HIT");
      const other = await fetch(`http://localhost:${port}/feed.xml`);
      expect(other.headers.get("x-page-cache")).toBeNull();
      expect(await other.text()).toContain(`http://localhost:${port}/`);
      expect(cache.size).toBe(2);
    });

    it("keeps no other per-request page, nothing without a known stamp, and nothing with a cookie", async () => {
      const { base, cache } = await serve(listPage, { stampOf: () => "s1", lists });
      await fetch(`${base}/admin/events`);
      await fetch(`${base}/events/extra`);
      await fetch(`${base}/api/v1/events`);
      expect(cache.size).toBe(0);
      await fetch(`${base}/search?q=arch`);
      expect(cache.size).toBe(1);
      const cookie = await serve(((_q, s) => (s.setHeader("set-cookie", "a=b"), s.end("x"))) as App, { stampOf: () => "s1", lists });
      await fetch(`${cookie.base}/events`);
      expect(cookie.cache.size).toBe(0);
      const unknown = await serve(listPage, { stampOf: () => undefined, lists });
      await fetch(`${unknown.base}/events`);
      expect(unknown.cache.size).toBe(0);
    });
  });
});

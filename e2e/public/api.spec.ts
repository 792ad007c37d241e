import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parse as parseCsv } from "csv-parse/sync";
import pg from "pg";
import { sparePort, startServer } from "../server-process";

// The data API read by the tools its users have: ogrinfo (GDAL) for the GeoJSON, a CSV parser,
// plain JSON. And the promise that matters most: drafts never leave the server.

test("GeoJSON is read by GDAL's ogrinfo with every monument, in WGS84", async ({ request }) => {
  const res = await request.get("/api/v1/monuments.geojson");
  expect(res.headers()["content-type"]).toContain("application/geo+json");
  const monuments = (await (await request.get("/api/v1/monuments?limit=500")).json()) as { total: number };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hw-geo-")), "monuments.geojson");
  fs.writeFileSync(file, await res.body());
  const info = execFileSync("ogrinfo", ["-ro", "-al", "-so", file], { encoding: "utf8" });
  expect(info).toContain(`Feature Count: ${monuments.total}`);
  expect(info).toContain("WGS 84");
  expect(info).toMatch(/status: String/);
  expect(info).toMatch(/url: String/);
  // Every monument has a recorded position: no feature without a geometry.
  const collection = JSON.parse(fs.readFileSync(file, "utf8")) as { features: { geometry: { type: string; coordinates: number[] } | null }[] };
  expect(collection.features.length).toBe(monuments.total);
  for (const f of collection.features) {
    expect(f.geometry?.type).toBe("Point");
    const [lon, lat] = f.geometry!.coordinates as [number, number];
    expect(lat).toBeGreaterThan(34.5);
    expect(lat).toBeLessThan(34.6);
    expect(lon).toBeGreaterThan(38.2);
    expect(lon).toBeLessThan(38.3);
  }
});

test("the monuments and events CSVs parse with the same rows as the JSON, Arabic intact", async ({ request }) => {
  const monuments = (await (await request.get("/api/v1/monuments?limit=500")).json()) as { items: { slug: string; names: { value: string; lang: string }[] }[] };
  const csv = await (await request.get("/api/v1/monuments.csv")).text();
  const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.slug)).toEqual(monuments.items.map((m) => m.slug));
  expect(rows.find((r) => r.slug === "temple-of-bel")!.name_ar).toBe("معبد بل");

  const events = (await (await request.get("/api/v1/events?limit=500&monument=monumental-arch")).json()) as { total: number; items: { id: string; date: { edtf: string } }[] };
  const eventsCsv = await (await request.get("/api/v1/events.csv?monument=monumental-arch")).text();
  const eventRows = parseCsv(eventsCsv, { bom: true, columns: true }) as Record<string, string>[];
  expect(eventRows.map((r) => [r.id, r.date_edtf])).toEqual(events.items.map((e) => [e.id, e.date.edtf]));
  expect(events.total).toBe(events.items.length);
  expect(events.total).toBeGreaterThan(2);
});

test("lists are paginated with a total and a next link; bad queries get a 400 that says why", async ({ request, baseURL }) => {
  const first = await (await request.get("/api/v1/sources?limit=2")).json();
  expect(first.items).toHaveLength(2);
  // Links name the address the client used, not the one the server listens on.
  expect(first.next.startsWith(`${baseURL}/api/v1/sources?`)).toBe(true);
  expect(first.items[0].url.startsWith(`${baseURL}/sources/`)).toBe(true);
  const second = await (await request.get(first.next)).json();
  expect(second.offset).toBe(2);
  expect(second.items[0].id).not.toBe(first.items[0].id);
  expect(first.items[0].url).toMatch(/\/sources\/[a-z0-9-]+$/);
  // The report's own address is there too, as the source page links it.
  expect(first.items[0].sourceUrl).toMatch(/^https?:\/\/(?!127\.0\.0\.1)/);

  // page= as well as offset=; the list is cut in the database, so page 2 is the rows after page 1.
  const byOffset = await (await request.get("/api/v1/events?limit=5&offset=5")).json();
  const byPage = await (await request.get("/api/v1/events?limit=5&page=2")).json();
  expect(byPage).toMatchObject({ page: 2, offset: 5, limit: 5, total: byOffset.total, pages: Math.ceil(byOffset.total / 5) });
  expect(byPage.items.map((e: { id: string }) => e.id)).toEqual(byOffset.items.map((e: { id: string }) => e.id));
  const monumentsPage = await (await request.get("/api/v1/monuments?limit=3&page=2")).json();
  const allMonuments = await (await request.get("/api/v1/monuments?limit=500")).json();
  expect(monumentsPage.items.map((m: { slug: string }) => m.slug)).toEqual(allMonuments.items.slice(3, 6).map((m: { slug: string }) => m.slug));
  expect(monumentsPage.items.map((m: { status: string }) => m.status)).toEqual(allMonuments.items.slice(3, 6).map((m: { status: string }) => m.status));
  for (const [query, detail] of [
    ["/api/v1/events?page=0", "page must be at least 1"],
    ["/api/v1/sources?limit=501", "limit must be at most 500"],
    ["/api/v1/monuments?page=2.5", "page must be a whole number"],
    ["/api/v1/events?page=2&offset=5", "give page or offset, not both"],
    ["/api/v1/monuments?page=99&limit=500", "There is no page 99"],
  ]) {
    const res = await request.get(query!);
    expect(res.status(), query).toBe(400);
    expect((await res.json()).detail, query).toContain(detail);
  }
  // The CSV has every event, streamed in batches.
  const csvRows = parseCsv(await (await request.get("/api/v1/events.csv")).text(), { bom: true, columns: true }) as { id: string }[];
  expect(csvRows).toHaveLength(byOffset.total);
  expect(new Set(csvRows.map((r) => r.id)).size).toBe(byOffset.total);

  const bad = await request.get("/api/v1/citations?monument=temple-of-bel&format=word");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).detail).toContain("format must be one of bibtex, ris");
  const unknown = await request.get("/api/v1/citations?event=no-such-event&format=bibtex");
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).detail).toContain('event "no-such-event"');
  expect((await request.get("/api/v1/changes?since=last-week")).status()).toBe(400);
  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(openapi.openapi).toBe("3.1.0");
  expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/monuments", "/monuments.geojson", "/events", "/citations", "/changes"]));
});

test("drafts never leak: a draft monument, event and source are absent from every endpoint", async ({ request }) => {
  test.skip(!process.env.DATABASE_URL, "needs the e2e database's URL (npm run test:e2e provides it)");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const mark = `draftleak${Date.now()}`;
  const since = new Date(Date.now() - 60_000).toISOString();
  const monumentId = (await client.query(`SELECT id, "siteId" FROM "Monument" WHERE slug = 'temple-of-bel'`)).rows[0];
  const publishedEvent = (await client.query(`SELECT id FROM "DamageEvent" WHERE "monumentId" = $1 AND state = 'PUBLISHED' LIMIT 1`, [monumentId.id])).rows[0].id;
  try {
    await client.query(
      `INSERT INTO "Monument" (id, slug, "siteId", name, type, description, state, "updatedAt") VALUES ($1, $1, $2, $1, 'TEMPLE', $1, 'DRAFT', now())`,
      [`${mark}-monument`, monumentId.siteId],
    );
    await client.query(
      `INSERT INTO "DamageEvent" (id, "monumentId", "datePrecision", method, confidence, description, state, "updatedAt") VALUES ($1, $2, 'UNKNOWN', 'EXPLOSIVES', 'REPORTED', $1, 'IN_REVIEW', now())`,
      [`${mark}-event`, monumentId.id],
    );
    await client.query(
      `INSERT INTO "Source" (id, slug, title, publisher, authors, "publishedPrecision", language, kind, state, "updatedAt") VALUES ($1, $1, $1, $1, '{}', 'UNKNOWN', 'en', 'NEWS_ARTICLE', 'DRAFT', now())`,
      [`${mark}-source`],
    );
    // The draft source quoted for a published event and for the draft event; a published source for the draft event.
    await client.query(
      `INSERT INTO "Citation" (id, "sourceId", "damageEventId", quote, "updatedAt") VALUES ($1, $2, $3, $1, now()), ($4, $2, $5, $4, now()), ($6, (SELECT id FROM "Source" WHERE state = 'PUBLISHED' LIMIT 1), $5, $6, now())`,
      [`${mark}-c1`, `${mark}-source`, publishedEvent, `${mark}-c2`, `${mark}-event`, `${mark}-c3`],
    );
    const urls = [
      "/api/v1/monuments?limit=500",
      "/api/v1/monuments/temple-of-bel",
      "/api/v1/monuments.geojson",
      "/api/v1/monuments.csv",
      "/api/v1/events?limit=500",
      "/api/v1/events.csv",
      `/api/v1/events/${publishedEvent}`,
      "/api/v1/sources?limit=500",
      "/api/v1/actors?limit=500",
      "/api/v1/control-periods?limit=500",
      `/api/v1/changes?since=${since}&limit=500`,
      "/api/v1/citations?monument=temple-of-bel&format=csl-json&quotes=1",
      `/api/v1/citations?event=${publishedEvent}&format=bibtex&quotes=1`,
      "/api/v1/citations?method=EXPLOSIVES&format=csv&quotes=1",
      "/api/v1/citations?monument=temple-of-bel&format=apa",
    ];
    // An answer the response cache kept from before the drafts were written would hide a leak: each
    // checked answer is one the server made now (no x-page-cache: HIT; the cache lets an entry go
    // within a second of the drafts changing the dataset stamp).
    const fresh = async (url: string) => {
      let res = await request.get(url);
      if (res.headers()["x-page-cache"]) await expect.poll(async () => (res = await request.get(url)).headers()["x-page-cache"], { timeout: 10_000 }).toBeUndefined();
      return res;
    };
    for (const url of urls) {
      const res = await fresh(url);
      expect(res.status(), url).toBe(200);
      expect(await res.text(), url).not.toContain(mark);
    }
    for (const url of [`/api/v1/events/${mark}-event`, `/api/v1/sources/${mark}-source`, `/api/v1/monuments/${mark}-monument`]) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
    for (const q of [`event=${mark}-event`, `source=${mark}-source`, `monument=${mark}-monument`]) {
      const res = await request.get(`/api/v1/citations?${q}&format=bibtex`);
      expect(res.status(), q).toBe(400);
      expect(await res.text()).toContain("Not found among published records");
    }
    // The basket's export (missing=skip): an item unpublished since it was ticked is skipped and named.
    const basket = await request.get(`/api/v1/citations?event=${publishedEvent},${mark}-event&source=${mark}-source&format=csl-json&missing=skip`);
    expect(basket.status()).toBe(200);
    expect(basket.headers()["x-export-skipped"]).toBe(`event "${mark}-event", source "${mark}-source"`);
    const items = JSON.parse(await basket.text()) as { id: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(JSON.stringify(items)).not.toContain(mark);
    const page = await request.get("/monuments/temple-of-bel");
    expect(await page.text()).not.toContain(mark);
  } finally {
    await client.query(`DELETE FROM "Citation" WHERE id LIKE $1`, [`${mark}%`]);
    await client.query(`DELETE FROM "DamageEvent" WHERE id LIKE $1`, [`${mark}%`]);
    await client.query(`DELETE FROM "Source" WHERE id LIKE $1`, [`${mark}%`]);
    await client.query(`DELETE FROM "Monument" WHERE id LIKE $1`, [`${mark}%`]);
    await client.end();
  }
});

test("the change feed lists a monument's events as removed when the monument is archived, and back when restored", async ({ request }) => {
  test.skip(!process.env.DATABASE_URL, "needs the e2e database's URL (npm run test:e2e provides it)");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { id } = (await client.query(`SELECT id FROM "Monument" WHERE slug = 'tetrapylon'`)).rows[0] as { id: string };
  const events = (await client.query(`SELECT id FROM "DamageEvent" WHERE "monumentId" = $1 AND state = 'PUBLISHED' AND "archivedAt" IS NULL`, [id])).rows.map((r: { id: string }) => r.id);
  expect(events.length).toBeGreaterThan(0);
  const feed = async (since: string) =>
    ((await (await request.get(`/api/v1/changes?since=${since}&limit=500`)).json()) as { items: { kind: string; id: string; change: string }[] }).items;
  const since = (await client.query(`SELECT now() - interval '1 second' AS t`)).rows[0].t.toISOString();
  try {
    // What an editor's archive does to the row (Prisma sets updatedAt; here SQL must).
    await client.query(`UPDATE "Monument" SET "archivedAt" = now(), "updatedAt" = now() WHERE id = $1`, [id]);
    const removed = await feed(since);
    for (const e of events) expect(removed).toContainEqual(expect.objectContaining({ kind: "event", id: e, change: "removed" }));
    expect(removed).toContainEqual(expect.objectContaining({ kind: "monument", id, change: "removed" }));
  } finally {
    await client.query(`UPDATE "Monument" SET "archivedAt" = NULL, "updatedAt" = now() WHERE id = $1`, [id]);
  }
  // The same URL again: the server may answer from its response cache until it reads the dataset
  // stamp again (at most a second later) — a write made in SQL reaches it like another server's edit.
  const updated = events.map((e) => expect.objectContaining({ kind: "event", id: e, change: "updated" }));
  await expect.poll(() => feed(since), { timeout: 10_000 }).toEqual(expect.arrayContaining(updated));
  await client.end();
});

test("a client that floods the API is told to slow down (429, Retry-After, a JSON message); others are still served", async () => {
  // A server of its own with a tight limit (one request a minute, bursts of 4), so the test does not
  // depend on how fast this machine answers; the suite's server keeps the default.
  const server = await startServer(sparePort(4), { API_RATE_LIMIT: "1/4", TRUSTED_PROXY: "127.0.0.1" });
  try {
    const get = (path: string, client: string) => fetch(`${server.url}${path}`, { headers: { "x-forwarded-for": client } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await get("/api/v1/actors", "198.51.100.77")).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    const refused = await get("/api/v1/monuments", "198.51.100.77");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { error: string }).error).toMatch(/Too many requests to the data API from your address: at most 1 a minute/);
    // Another client, and the pages, are still served.
    expect((await get("/api/v1/actors", "198.51.100.78")).status).toBe(200);
    expect((await get("/monuments", "198.51.100.77")).status).toBe(200);
  } finally {
    await server.stop();
  }
});

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test, type APIRequestContext } from "@playwright/test";

const ATOM = "http://www.w3.org/2005/Atom";

// The long monument pages and the client parts (map, charts) are slow on a busy shared machine.
test.describe.configure({ timeout: 120_000 });
type Entry = { id: string; title: string; updated: string; link: { "@_href": string } | { "@_href": string }[] };

/** Fetch a feed and check it is well-formed Atom with every element RFC 4287 requires. */
async function readAtom(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await res.text();
  expect(XMLValidator.validate(xml), `${path} is well-formed XML`).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(xml);
  const feed = doc.feed;
  expect(feed["@_xmlns"]).toBe(ATOM);
  for (const field of ["id", "title", "updated"]) expect(feed[field], `${path} feed/${field}`).toBeTruthy();
  expect(feed.author?.name).toBeTruthy();
  expect(Date.parse(feed.updated)).not.toBeNaN();
  const entries: Entry[] = feed.entry ?? [];
  expect(entries.length).toBeGreaterThan(0);
  for (const e of entries) {
    for (const field of ["id", "title", "updated"] as const) expect(e[field], `${path} entry/${field}`).toBeTruthy();
    expect([e.link].flat()[0]?.["@_href"]).toMatch(/^https?:\/\//);
  }
  return { updated: feed.updated as string, entries };
}

type Change = { kind: string; id: string; change: string; at: string };
async function changes(request: APIRequestContext): Promise<Change[]> {
  const body = await (await request.get("/api/v1/changes?since=2000-01-01&limit=500")).json();
  return (body.items as Change[]).filter((c) => c.change !== "removed" && c.kind !== "actor");
}
const entryId = (c: Change) => `tag:heritage-watch,2026:${c.kind}/${c.id}`;

test("the site-wide and site feeds are Atom and carry the last change of the JSON change feed", async ({ request }) => {
  const last = (await changes(request)).at(-1)!;
  for (const path of ["/feed.xml", "/sites/palmyra/feed.xml"]) {
    const feed = await readAtom(request, path);
    expect(feed.updated, path).toBe(last.at);
    expect(feed.entries[0]!.id, path).toBe(entryId(last));
  }
});

test("a monument's feed is Atom and carries the last change to its reports", async ({ request }) => {
  const events = (await (await request.get("/api/v1/events?monument=temple-of-bel&limit=500")).json()).items as { id: string }[];
  const ids = new Set(events.map((e) => e.id));
  const mine = (await changes(request)).filter((c) => c.kind === "event" && ids.has(c.id));
  const last = mine.at(-1)!;
  const feed = await readAtom(request, "/monuments/temple-of-bel/feed.xml");
  expect(feed.entries.map((e) => e.id)).toContain(entryId(last));
  expect(feed.updated >= last.at).toBe(true);
  for (const e of feed.entries) expect([e.link].flat()[0]!["@_href"]).toMatch(/\/monuments\/temple-of-bel|\/sources\//);
  expect((await request.get("/monuments/no-such-monument/feed.xml")).status()).toBe(404);
});

test("pages name their feeds, say when they were last updated and link the downloads of what they show", async ({ page, request }) => {
  await page.goto("/monuments/temple-of-bel");
  const feeds = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((els) => els.map((e) => e.getAttribute("href")));
  expect(feeds).toEqual(expect.arrayContaining([expect.stringContaining("/monuments/temple-of-bel/feed.xml"), expect.stringContaining("/feed.xml")]));
  await expect(page.getByTestId("last-updated")).toContainText(/^Last updated \d{1,2} \w+ \d{4}$/, { useInnerText: true });
  const downloads = page.getByTestId("downloads").getByRole("link");
  const hrefs = await downloads.evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
  expect(hrefs).toEqual(expect.arrayContaining(["/api/v1/monuments/temple-of-bel", "/api/v1/events.csv?monument=temple-of-bel"]));
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);

  // The events list links the download of exactly its filtered rows.
  await page.goto("/events?method=EXPLOSIVES");
  const csv = await page.getByTestId("downloads").getByRole("link", { name: "Events (CSV)" }).getAttribute("href");
  expect(csv).toBe("/api/v1/events.csv?method=EXPLOSIVES");
  // The list is paged; its count line says how many match, the download has them all.
  const matching = Number(/^(\d+) of/.exec(await page.getByTestId("event-count").innerText())![1]);
  const json = await (await request.get((await page.getByTestId("downloads").getByRole("link", { name: "Events (JSON)" }).getAttribute("href"))!)).json();
  expect(json.total).toBe(matching);

  // The map's downloads carry its filters, date and clock.
  await page.goto("/map?status=destroyed&asOf=2016-06-01&clock=reported");
  const geo = await page.getByTestId("downloads").getByRole("link", { name: "Monuments (GeoJSON)" }).getAttribute("href");
  expect(geo).toBe("/api/v1/monuments.geojson?status=destroyed&asOf=2016-06-01&clock=reported");
  const features = (await (await request.get(geo!)).json()).features as { properties: { slug: string; status: string } }[];
  expect(new Set(features.map((f) => f.properties.status))).toEqual(new Set(["destroyed"]));
  const drawn = await page.getByTestId("map-list").locator("li").evaluateAll((els) => els.map((e) => e.getAttribute("data-slug")));
  expect(features.map((f) => f.properties.slug)).toEqual(expect.arrayContaining(drawn));
});

test("a printed monument page is dated and traceable, with no controls", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto("/monuments/temple-of-bel?asOf=2016-01-01&clock=reported");
  await expect(page.getByTestId("last-updated")).toContainText(/^Data as of \d{1,2} \w+ \d{4}$/, { useInnerText: true });
  // Filled in by the page once it is interactive (the day it is printed, not the day it was cached).
  await expect(page.getByTestId("printed-on")).toContainText(`Printed on ${new Date().toISOString().slice(0, 10)}`, { timeout: 30_000 });
  await expect(page.getByTestId("permalink")).toBeVisible();
  await expect(page.getByTestId("permalink")).toHaveText(/^http:\/\/[^/]+\/monuments\/temple-of-bel\?asOf=2016-01-01&clock=reported$/);
  // Wait for the client parts (basket buttons, map controls) to arrive, then look for any control left showing.
  await page.waitForLoadState("networkidle");
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll("button, [role=button], form, details, summary, input, select, textarea")]
      .filter((e) => e.checkVisibility())
      .map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(shown).toEqual([]);
  expect(await page.locator("button").count()).toBeGreaterThan(0); // there were controls to hide
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("/favicon.ico is served", async ({ request }) => {
  const res = await request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/image\//);
});

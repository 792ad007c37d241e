import { expect, test } from "@playwright/test";
import { withDb } from "../admin/helpers";

// Sites are first-class: /sites lists each with its counts, a site's page holds its monuments,
// counts, timeline and map, a monument names its site, and Palmyra stays the overview at /.

type ApiSite = { slug: string; name: string; monumentCount: number; eventCount: number; statusCounts: Record<string, number>; url: string; monumentsUrl: string };

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

test("/sites lists Palmyra with its counts, agreeing with the API; its page has its monuments, counts, timeline and map", async ({ page, request }) => {
  const api = await (await request.get("/api/v1/sites")).json();
  const palmyra = (api.items as ApiSite[]).find((s) => s.slug === "palmyra")!;
  const monuments = await (await request.get("/api/v1/monuments?site=palmyra&limit=500")).json();
  expect(palmyra.monumentCount).toBe(monuments.total);
  expect(palmyra.monumentCount).toBeGreaterThanOrEqual(13);
  expect(sum(palmyra.statusCounts)).toBe(palmyra.monumentCount);
  expect(palmyra.statusCounts.destroyed).toBeGreaterThanOrEqual(4);

  await page.goto("/sites");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sites");
  const row = page.getByTestId("site-list").locator('tr[data-site="palmyra"]');
  await expect(row.getByTestId("monument-count")).toHaveText(String(palmyra.monumentCount));
  await expect(row.getByTestId("event-count")).toHaveText(String(palmyra.eventCount));
  await row.getByRole("link", { name: "Palmyra" }).click();

  await expect(page).toHaveURL(/\/sites\/palmyra$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Palmyra (Tadmur), Syria");
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Sites" })).toHaveAttribute("href", "/sites");
  let total = 0;
  for (const box of await page.getByTestId("status-counts").locator("div[data-status]").all()) total += Number(await box.locator("dd").innerText());
  expect(total).toBe(palmyra.monumentCount);
  await expect(page.getByTestId("site-map")).toBeVisible();
  await expect(page.getByTestId("events-over-time")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Monuments of Palmyra" })).toBeVisible();
  await expect(page.getByTestId("monument-list").getByRole("link", { name: "Temple of Bel", exact: true })).toBeVisible();
  // Its downloads are this site's.
  await expect(page.getByTestId("downloads").getByRole("link", { name: "This site with its counts (JSON)" })).toHaveAttribute("href", "/api/v1/sites/palmyra");

  // The overview at / is the default site's.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Palmyra (Tadmur), Syria");
});

test("a monument is shown within its site: the breadcrumb leads to the site's page", async ({ page }) => {
  await page.goto("/monuments/temple-of-bel");
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "Palmyra" })).toHaveAttribute("href", "/sites/palmyra");
  await crumbs.getByRole("link", { name: "Palmyra" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Palmyra (Tadmur), Syria");
});

test("the API describes sites, and an unknown site is a 404 on the API and the page", async ({ request }) => {
  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/sites", "/sites/{slug}"]));
  const one = await request.get("/api/v1/sites/palmyra");
  expect(one.status()).toBe(200);
  expect((await one.json()).url).toMatch(/\/sites\/palmyra$/);
  expect((await request.get("/api/v1/sites/no-such-site")).status()).toBe(404);
  expect((await request.get("/sites/no-such-site")).status()).toBe(404);
  expect((await request.get("/api/v1/sites?limit=0")).status()).toBe(400);
  const past = await request.get("/api/v1/sites?page=999");
  expect(past.status()).toBe(400);
  expect((await past.json()).detail).toMatch(/page 999/);
});

test("/sites is paged: a bad limit is explained and the list still shows", async ({ page }) => {
  await page.goto("/sites?limit=9999");
  await expect(page.getByTestId("page-problems")).toContainText("limit must be at most 200");
  await expect(page.getByTestId("site-list").locator('tr[data-site="palmyra"]')).toBeVisible();
  await expect(page.getByTestId("pager")).toContainText(/of \d+ sites/);
});

test("a second site gets its own page, its monuments are listed under it, and / stays on Palmyra", async ({ page, request }) => {
  const stamp = Date.now();
  const slug = `e2e-site-${stamp}`;
  const monument = `e2e-shrine-${stamp}`;
  await withDb(async (c) => {
    const site = await c.query(
      `INSERT INTO "Site" (id, slug, name, country, "countryCode", latitude, longitude, description, "updatedAt")
       VALUES ($1, $2, 'Nimrud', 'Iraq', 'IQ', 36.0983, 43.3294, 'An Assyrian city on the Tigris (test site).', now()) RETURNING id`,
      [`site-${stamp}`, slug],
    );
    await c.query(
      `INSERT INTO "Monument" (id, slug, "siteId", name, type, description, state, "updatedAt")
       VALUES ($1, $2, $3, 'North-West Palace', 'OTHER', 'A palace (test monument).', 'PUBLISHED', now())`,
      [`mon-${stamp}`, monument, site.rows[0].id],
    );
  });
  try {
    // Other servers' and direct writes reach the cached pages through the dataset stamp (≤ 1 s).
    await expect.poll(async () => (await request.get("/sites")).text(), { timeout: 15_000 }).toContain("Nimrud");
    // The API's cached answer follows the same stamp, within its second.
    const api = async () => ((await (await request.get("/api/v1/sites")).json()).items as ApiSite[]).find((s) => s.slug === slug);
    await expect.poll(api, { timeout: 15_000 }).toBeDefined();
    expect(await api()).toMatchObject({ name: "Nimrud", monumentCount: 1, eventCount: 0, statusCounts: { unknown: 1 } });

    await page.goto(`/sites/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nimrud, Iraq");
    const list = page.getByTestId("monument-list");
    await expect(list.getByRole("link", { name: "North-West Palace" })).toBeVisible();
    await expect(list.getByRole("link", { name: "Temple of Bel" })).toHaveCount(0);
    // Who held Palmyra is not said of another site.
    await expect(page.getByTestId("control-timeline")).toHaveCount(0);

    await page.goto(`/monuments/${monument}`);
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Nimrud" })).toHaveAttribute("href", `/sites/${slug}`);

    await page.goto("/monuments");
    await expect(page.getByRole("heading", { level: 2, name: "Nimrud, Iraq" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Palmyra, Syria" })).toBeVisible();

    // One site's monuments, paged in SQL: the list a site's overview links to past its first 100.
    await page.goto(`/monuments?site=${slug}`);
    await expect(page.getByTestId("monument-list").getByRole("link", { name: "North-West Palace" })).toBeVisible();
    await expect(page.getByTestId("monument-list").getByRole("link", { name: "Temple of Bel" })).toHaveCount(0);
    await expect(page.getByTestId("pager-status")).toHaveText("1–1 of 1 monuments");
    expect((await (await request.get(`/api/v1/monuments?site=${slug}&limit=1`)).json()).total).toBe(1);
    await page.goto("/monuments?site=no-such-site");
    await expect(page.getByTestId("page-problems")).toContainText("No site has the slug “no-such-site”");

    // The map draws one site at a time: Palmyra by default, the others a link away.
    await page.goto("/map");
    await expect(page.getByText("North-West Palace")).toHaveCount(0);
    await page.getByRole("navigation", { name: "The map draws one site at a time. Other sites:" }).getByRole("link", { name: "Nimrud" }).click();
    await expect(page).toHaveURL(new RegExp(`/map\\?site=${slug}$`));
    await expect(page.getByText("North-West Palace").first()).toBeVisible();
    await expect(page.getByText("Temple of Bel")).toHaveCount(0);
    await page.goto("/map?site=no-such-site");
    await expect(page.getByRole("alert").filter({ hasText: "No site has the slug" })).toContainText("No site has the slug “no-such-site”: the map shows Palmyra");

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Palmyra (Tadmur), Syria");
    await expect(page.getByTestId("monument-list").getByRole("link", { name: "North-West Palace" })).toHaveCount(0);
  } finally {
    await withDb(async (c) => {
      await c.query(`DELETE FROM "Monument" WHERE slug = $1`, [monument]);
      await c.query(`DELETE FROM "Site" WHERE slug = $1`, [slug]);
    });
  }
});

test("in a big site, a monument's map shows it with its 49 nearest, and the site's map lists its first 100 beside every point", async ({ page }) => {
  const stamp = Date.now();
  const slug = `e2e-big-site-${stamp}`;
  // 110 shrines in a row running east, 0.001° (about 90 m) apart; the map of the 10th shows the 50 nearest.
  await withDb(async (c) => {
    await c.query(
      `INSERT INTO "Site" (id, slug, name, country, "countryCode", latitude, longitude, description, "updatedAt")
       VALUES ($1, $2, 'Hatra', 'Iraq', 'IQ', 35.5876, 42.7183, 'A walled city (test site).', now())`,
      [`site-${stamp}`, slug],
    );
    for (let i = 0; i < 110; i++) {
      await c.query(
        `INSERT INTO "Monument" (id, slug, "siteId", name, type, description, state, latitude, longitude, "locationPrecision", "updatedAt")
         VALUES ($1, $2, $3, $4, 'OTHER', 'A shrine (test monument).', 'PUBLISHED', 35.5876, $5, 'EXACT', now())`,
        [`mon-${stamp}-${i}`, `${slug}-shrine-${i}`, `site-${stamp}`, `Shrine ${i}`, 42.7 + i * 0.001],
      );
    }
  });
  try {
    await expect.poll(async () => (await page.request.get(`/monuments/${slug}-shrine-10`)).status(), { timeout: 15_000 }).toBe(200);
    await page.goto(`/monuments/${slug}-shrine-10`);
    const list = page.getByTestId("map-list");
    await expect(list.locator("li")).toHaveCount(50);
    await expect(list.getByText("Shrine 10", { exact: true })).toBeVisible();
    // Shrines 0–9 lie west, 11–49 east: the 50 nearest; 50–59 lie farther east than any of them.
    await expect(list.getByRole("link", { name: "Shrine 0", exact: true })).toBeVisible();
    await expect(list.getByRole("link", { name: "Shrine 49", exact: true })).toBeVisible();
    await expect(list.getByRole("link", { name: "Shrine 50", exact: true })).toHaveCount(0);
    const note = page.getByTestId("map-window");
    await expect(note).toContainText("The 50 monuments nearest to this one (itself included), of the site's 110.");
    await note.getByRole("link", { name: "The whole site's map" }).click();
    await expect(page).toHaveURL(new RegExp(`/map\\?site=${slug}$`));
    await expect(page.getByTestId("map-caption")).toContainText("110 of 110 monuments drawn");
    await expect(page.getByTestId("map-list").locator("li")).toHaveCount(100);
    const rest = page.getByTestId("map-list-window");
    await expect(rest).toContainText("The list names the first 100 of the 110 monuments drawn.");
    await expect(rest.getByRole("link")).toHaveAttribute("href", `/monuments?site=${slug}`);

    // On a past day too: the same window, its note linking to that day's whole map.
    await page.goto(`/monuments/${slug}-shrine-10?asOf=2016-01-01`);
    await expect(page.getByTestId("map-list").locator("li")).toHaveCount(50);
    await expect(page.getByTestId("map-window").getByRole("link")).toHaveAttribute("href", `/map?site=${slug}&asOf=2016-01-01`);
  } finally {
    await withDb(async (c) => {
      await c.query(`DELETE FROM "Monument" WHERE "siteId" = $1`, [`site-${stamp}`]);
      await c.query(`DELETE FROM "Site" WHERE slug = $1`, [slug]);
    });
  }
});

import { expect, test, type Page } from "@playwright/test";

// The map must stay useful with no tile server: every request that leaves the app is cut.
async function cutTheNetwork(page: Page, baseURL: string) {
  const own = new URL(baseURL).host;
  const blocked: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.host === own) return route.continue();
    blocked.push(url.href);
    return route.abort("internetdisconnected");
  });
  return blocked;
}

// Leaflet arrives after hydration; on a busy shared machine that can take a while.
test.describe.configure({ timeout: 90_000 });

const drawnSlugs = (page: Page) => page.locator(".hw-point").evaluateAll((els) => els.map((e) => e.getAttribute("data-slug")).sort());

test("the map draws every located monument with the tile server unreachable, with a scale and a list", async ({ page, baseURL }) => {
  const blocked = await cutTheNetwork(page, baseURL!);
  await page.goto("/map");
  const listed = (await page.getByTestId("map-list").locator("li").evaluateAll((els) => els.map((e) => e.getAttribute("data-slug")))).sort();
  // Positions recorded to the monument (not only "at the site") in data/palmyra/monuments.
  expect(listed).toEqual(expect.arrayContaining(["monumental-arch", "temple-of-bel", "temple-of-baalshamin", "roman-theatre", "tower-tombs", "tower-of-elahbel", "palmyra-castle"]));
  await expect(page.locator(".hw-point")).toHaveCount(listed.length, { timeout: 20_000 });
  expect(await drawnSlugs(page)).toEqual(listed);
  await expect(page.locator(".leaflet-control-scale")).toBeVisible();
  await expect(page.getByTestId("map-unlocated")).toContainText("Tetrapylon");
  expect(blocked.some((u) => u.includes("tile.openstreetmap.org"))).toBe(true); // it did try: tiles are on by default
  // Each point carries its monument's derived status (and its colour).
  const { status } = await (await page.request.get("/api/v1/monuments/temple-of-bel")).json();
  await expect(page.locator('.hw-point[data-slug="temple-of-bel"]')).toHaveAttribute("data-status", status);
});

test("the map filters by status and by date on either clock, in the URL", async ({ page, baseURL }) => {
  await cutTheNetwork(page, baseURL!);
  // Filter by the status of a monument that has a point (the arch's position is recorded).
  const { status, name } = await (await page.request.get("/api/v1/monuments/monumental-arch")).json();
  await page.goto("/map");
  await page.locator(`input[name="status"][value="${status}"]`).check();
  await page.getByRole("button", { name: "Show on the map" }).click();
  await expect(page).toHaveURL(new RegExp(`status=${status}`));
  await expect(page.locator('.hw-point[data-slug="monumental-arch"]')).toBeVisible({ timeout: 60_000 });
  const statuses = await page.locator(".hw-point").evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
  expect(new Set(statuses), name).toEqual(new Set([status]));

  // Before any report was published, nothing was known: on the knowledge clock no point is destroyed.
  await page.goto("/map?asOf=2015-05-01&clock=reported");
  await expect(page.getByTestId("map-caption")).toContainText("as published by 1 May 2015");
  await expect(page.locator(".hw-point").first()).toBeVisible({ timeout: 60_000 });
  const early = await page.locator(".hw-point").evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
  expect(early).not.toContain("destroyed");

  await page.goto("/map?asOf=not-a-date");
  // (Next's route announcer is an empty role=alert region too: name the message.)
  await expect(page.getByRole("alert").filter({ hasText: "YYYY-MM-DD" })).toBeVisible();
});

test("a monument page maps it among the site's monuments, ringed", async ({ page, baseURL }) => {
  await cutTheNetwork(page, baseURL!);
  await page.goto("/monuments/temple-of-bel");
  const map = page.getByTestId("site-map");
  await expect(map.locator('.hw-point[data-slug="temple-of-bel"]')).toBeVisible({ timeout: 20_000 });
  await expect(map.getByTestId("map-caption")).toContainText("ringed in blue");
  await page.goto("/monuments/tetrapylon");
  await expect(page.getByTestId("map-unlocated")).toContainText("Tetrapylon");
});

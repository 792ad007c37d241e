import { expect, test } from "@playwright/test";

// What a reader sees on the issue-3 pages, from the seeded Palmyra dataset.

test("overview: events drawn as date intervals, the control band, breakdowns and recent reports", async ({ page, request }) => {
  // The admin specs may have published events before this one runs: count from the data API.
  const explosives = (await (await request.get("/api/v1/events?method=EXPLOSIVES&limit=1")).json()) as { total: number };
  expect(explosives.total).toBeGreaterThanOrEqual(3); // the seed's explosives claims, at least
  await page.goto("/");
  const chart = page.getByTestId("events-over-time");
  await expect(chart.locator("figcaption")).toContainText("from the earliest to the latest date");
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible({ timeout: 20_000 }); // loaded after hydration
  // The text alternative: every drawn event with its interval, not a point date.
  const rows = chart.getByTestId("interval-row");
  expect(await rows.count()).toBeGreaterThanOrEqual(10);
  await expect(rows.filter({ hasText: "Temple of Bel" }).first()).toBeVisible();
  await expect(chart.getByRole("list", { name: /Who held the city/ })).toContainText("Islamic State from May 2015");
  await expect(page.getByTestId("events-by-method")).toContainText(`Explosives: ${explosives.total}`);
  await expect(page.getByTestId("events-by-actor")).toContainText("Islamic State:");
  // The newest report in the record: Gulf Times on the restored Lion of al-Lat.
  await expect(page.getByTestId("recent-reports").getByTestId("citation").first()).toContainText("1 October 2017");
});

test("as of: the Temple of Bel is not destroyed before its window opened, destroyed after", async ({ page }) => {
  await page.goto("/monuments/temple-of-bel?asOf=2015-04-01");
  await expect(page.getByTestId("monument-status")).not.toHaveAttribute("data-status", "destroyed");
  await expect(page.getByTestId("monument-status")).toHaveAttribute("data-status", "unknown");
  await expect(page.getByRole("heading", { name: "Status on 1 April 2015, by everything known now" })).toBeVisible();

  // The GET form changes the date and gives a shareable URL.
  await page.getByRole("textbox", { name: "Show the status on a date" }).fill("2017-06-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/monuments\/temple-of-bel\?asOf=2017-06-01&clock=event$/);
  await expect(page.getByTestId("monument-status")).toHaveAttribute("data-status", "destroyed");
});

test("as of: a malformed or out-of-range date is explained, not ignored silently", async ({ page }) => {
  for (const bad of ["1st-of-May", "2015-02-30"]) {
    await page.goto(`/monuments/temple-of-bel?asOf=${bad}`);
    await expect(page.getByRole("alert").filter({ hasText: "must be a calendar date written YYYY-MM-DD" })).toBeVisible();
    await expect(page.getByTestId("monument-status")).toHaveAttribute("data-status", "destroyed");
  }
  await page.goto("/monuments/temple-of-bel?asOf=2099-01-01");
  await expect(page.getByRole("alert").filter({ hasText: "outside the period this record covers" })).toBeVisible();
  // The overview on such a day says so under a title that names no day.
  await page.goto("/?asOf=2099-01-01");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Monuments on a date");
  await expect(page.getByRole("alert").filter({ hasText: "outside the period this record covers" })).toBeVisible();
});

test("monument page: condition chart with a band for an open window, map without invented positions, support grade", async ({ page }) => {
  await page.goto("/monuments/tetrapylon");
  const condition = page.getByTestId("condition-timeline");
  await expect(condition.locator("svg.recharts-surface")).toBeVisible({ timeout: 20_000 }); // loaded after hydration
  // The blast's window is a band ("possibly …") until its last day, then a step.
  const steps = condition.getByTestId("condition-steps").getByRole("listitem");
  await expect(steps.first()).toHaveText(/^From \d+ December 2016: possibly severely damaged \(severely damaged between \d+ December 2016 and \d+ (December 2016|January 2017)\)$/);
  await expect(steps.nth(1)).toHaveText(/^From \d+ (December 2016|January 2017): Severe damage$/);
  // Its sources place it only "at the site": listed beside the map, not drawn on the site's centre.
  await expect(page.getByTestId("map-unlocated")).toContainText("Tetrapylon");
  await expect(page.locator('.hw-point[data-slug="tetrapylon"]')).toHaveCount(0);
  await expect(page.getByTestId("event").getByTestId("support").first()).toHaveText(/\d+ independent sources/);
  await expect(page.getByTestId("citation").locator("a", { hasText: "Syrian army, militias push into Palmyra" }).first()).toHaveAttribute("href", /^https?:\/\//);
});

test("events: filters live in the URL and narrow the list", async ({ page }) => {
  await page.goto("/events");
  const all = await page.getByTestId("event").count();
  expect(all).toBeGreaterThanOrEqual(10);
  await page.getByLabel("Method", { exact: true }).selectOption("EXPLOSIVES");
  await page.getByLabel("Monument", { exact: true }).selectOption({ label: "Temple of Bel" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/method=EXPLOSIVES/);
  await expect(page).toHaveURL(/monument=temple-of-bel/);
  const kept = page.getByTestId("event");
  expect(await kept.count()).toBeGreaterThanOrEqual(1);
  for (const e of await kept.all()) await expect(e).toContainText("Temple of Bel · Explosives");

  // A date range keeps events that could have happened in it; December 2016 excludes the 2015–16 arch window.
  await page.goto("/events?from=2016-12-05&to=2016-12-20&sort=date-desc");
  const dates = await page.getByTestId("event-date").allInnerTexts();
  expect(dates.length).toBeGreaterThan(0);
  expect(dates).not.toContain("between 1 May 2015 and 27 March 2016");
  await expect(page.getByLabel("Sort by", { exact: true })).toHaveValue("date-desc");

  await page.goto("/events?extent=GONE");
  await expect(page.getByRole("alert").filter({ hasText: "Unknown extent “GONE”: ignored." })).toBeVisible();
  await expect(page.getByTestId("event")).toHaveCount(all);
});

test("a source page grades how many independent sources back each event", async ({ page }) => {
  await page.goto("/sources");
  await page.getByTestId("source-list").getByRole("link", { name: "Syrian army, militias push into Palmyra in anti-Daesh offensive" }).click();
  const claims = page.getByTestId("source-claims");
  await expect(claims.getByTestId("support").first()).toContainText(/Backed by (1 source|\d independent sources)/);
  await expect(claims.getByRole("listitem").filter({ hasText: "Tetrapylon" }).getByTestId("support").first()).toContainText(/\d+ independent sources/);
});

test("search from the header: an alias, the site's other name, an Arabic name, a loose name", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search monuments, events and sources" }).fill("triumphal arch");
  await page.getByRole("searchbox", { name: "Search monuments, events and sources" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=triumphal\+arch/);
  await expect(page.getByTestId("search-monuments").getByRole("link").first()).toHaveText("Monumental Arch");

  await page.goto("/search?q=Tadmur");
  await expect(page.getByTestId("search-monuments").getByRole("link", { name: "Temple of Bel" })).toBeVisible();

  await page.goto(`/search?q=${encodeURIComponent("معبد بل")}`);
  await expect(page.getByTestId("search-monuments").getByRole("link").first()).toHaveText("Temple of Bel");

  await page.goto("/search?q=amphitheatre");
  await expect(page.getByTestId("search-monuments").getByRole("link").first()).toHaveText("Roman Theatre");
  await expect(page.getByTestId("search-events")).toContainText("amphitheatre");

  await page.goto("/search?q=zzzz");
  await expect(page.getByTestId("search-empty")).toBeVisible();
});

test("search: 'arch' finds the arch first and not the events of monuments a shared quote also names", async ({ page }) => {
  await page.goto("/search?q=arch");
  const monuments = page.getByTestId("search-monuments").getByRole("link");
  await expect(monuments.first()).toHaveText("Monumental Arch");
  const events = page.getByTestId("search-events").getByTestId("event");
  expect(await events.count()).toBeGreaterThan(0);
  for (const e of await events.all()) await expect(e.locator("p.font-semibold a").first()).toHaveText("Monumental Arch");
});

test("/events can show each repeated quote once, with the claims it supports", async ({ page }) => {
  await page.goto("/events");
  const quotes = await page.getByTestId("event-list").getByTestId("citation").locator("blockquote").allInnerTexts();
  expect(new Set(quotes).size).toBeLessThan(quotes.length); // the same passage repeats across events
  await page.getByTestId("group-toggle").click();
  await expect(page).toHaveURL(/group=quote/);
  const grouped = await page.getByTestId("quote-group").locator("blockquote").allInnerTexts();
  expect(grouped.length).toBe(new Set(grouped).size);
  expect(await page.getByTestId("quote-group").filter({ has: page.locator("ul li:nth-child(2)") }).count()).toBeGreaterThan(0);
});

test("lists are paged in the database: a pager, the page's rows, clear messages for pages that do not exist", async ({ page, request }) => {
  const total = ((await (await request.get("/api/v1/events?limit=1")).json()) as { total: number }).total;
  await page.goto("/events?limit=5&sort=date-desc");
  await expect(page.getByTestId("event")).toHaveCount(5);
  await expect(page.getByTestId("pager-status")).toHaveText(`1–5 of ${total} events, page 1 of ${Math.ceil(total / 5)}`);
  const first = await page.getByTestId("event").first().innerText();
  await page.getByTestId("pager").getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page).toHaveURL(/sort=date-desc/); // the filters and sort stay
  await expect(page.getByTestId("pager-status")).toHaveText(`6–10 of ${total} events, page 2 of ${Math.ceil(total / 5)}`);
  expect(await page.getByTestId("event").first().innerText()).not.toBe(first);

  // A monument filter narrows the rows the database returns.
  await page.goto("/events?monument=temple-of-bel&limit=3");
  for (const e of await page.getByTestId("event").all()) await expect(e).toContainText("Temple of Bel");

  await page.goto("/events?page=0");
  await expect(page.getByTestId("page-problems")).toContainText("page must be at least 1: the first page is shown.");
  await expect(page.getByTestId("event")).toHaveCount(Math.min(25, total));
  await page.goto("/events?page=999");
  await expect(page.getByTestId("page-problems")).toContainText(`There is no page 999: ${total} rows make ${Math.ceil(total / 25)} page`);
  await expect(page.getByTestId("event")).toHaveCount(0);

  await page.goto("/sources?limit=10&page=2");
  await expect(page.getByTestId("source-list").getByRole("listitem")).toHaveCount(10);
  await expect(page.getByTestId("pager-status")).toContainText("11–20 of");
  await page.goto("/monuments?limit=2");
  await expect(page.getByTestId("pager-status")).toContainText("1–2 of");
  await page.goto("/monuments?limit=1000");
  await expect(page.getByTestId("page-problems")).toContainText("limit must be at most 200");
});

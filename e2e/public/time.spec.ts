import { expect, test } from "@playwright/test";

// Truth through time, as a reader checks it: the state on a day by everything known now (event
// time), and what had been published by that day (knowledge time), from the seeded record.

test("event time: the Temple of Bel stood on 10 May 2015, was possibly destroyed inside its window, destroyed by 15 September 2015", async ({ page }) => {
  const status = page.getByTestId("monument-status");
  await page.goto("/monuments/temple-of-bel?asOf=2015-05-10");
  await expect(status).toHaveAttribute("data-status", "unknown");
  await expect(page.getByText("Nothing reported had happened to it by this date.")).toBeVisible();

  await page.goto("/monuments/temple-of-bel?asOf=2015-09-15");
  await expect(status).toHaveAttribute("data-status", "destroyed");

  // Inside a window the page says so, and names no certain status.
  await page.goto("/monuments/tetrapylon?asOf=2016-12-28");
  await expect(status).toHaveAttribute("data-status", "uncertain");
  await expect(page.getByTestId("status-uncertainty")).toHaveText(/^Possibly severely damaged by 28 December 2016: severely damaged between \d+ December 2016 and \d+ (December 2016|January 2017)\.$/);
});

test("event time: the tetrapylon was not destroyed on 1 June 2016", async ({ page }) => {
  await page.goto("/monuments/tetrapylon?asOf=2016-06-01");
  const status = page.getByTestId("monument-status");
  await expect(status).not.toHaveAttribute("data-status", "destroyed");
  await expect(status).toHaveAttribute("data-status", "unknown");
});

test("knowledge time: on 1 June 2015 no monument was reported destroyed; the control offers both readings", async ({ page }) => {
  await page.goto("/");
  const form = page.getByRole("form", { name: "Count them on a date" });
  await form.getByRole("textbox", { name: "Count them on a date" }).fill("2015-06-01");
  await form.getByLabel("what had been published by then: only the reports a journalist could have read that day").check();
  await form.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/\?asOf=2015-06-01&clock=reported$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Monuments of Palmyra by status as reported by 1 June 2015");
  const list = page.getByTestId("monument-list");
  expect(await list.locator("[data-status]").count()).toBeGreaterThanOrEqual(12);
  await expect(list.locator('[data-status="destroyed"]')).toHaveCount(0);

  // The same day on event time: what had happened by then, judged by everything reported since.
  await page.goto("/monuments/lion-of-al-lat?asOf=2015-07-15&clock=reported");
  await expect(page.getByRole("heading", { name: "Status as reported by 15 July 2015" })).toBeVisible();
  await expect(page.getByTestId("monument-status")).toHaveAttribute("data-status", "destroyed");
  await page.goto("/monuments/lion-of-al-lat?asOf=2015-07-15");
  // Later, better-graded reporting (the statue was restored: badly damaged, not destroyed) decides.
  await expect(page.getByTestId("monument-status")).toHaveAttribute("data-status", "severe");
});

test("sources that disagree are shown side by side, each with its quote", async ({ page }) => {
  await page.goto("/monuments/tetrapylon");
  const figure = page.getByTestId("disagreement").filter({ hasText: "They disagree on a figure" });
  await expect(figure).toBeVisible();
  const sides = figure.getByTestId("disagreement-side");
  await expect(sides).toHaveCount(2);
  await expect(sides.nth(0)).toContainText(/columns? .*: (2|4)/);
  for (const side of await sides.all()) expect(await side.getByTestId("citation").locator("blockquote").count()).toBeGreaterThan(0);

  // Countable and filterable on /events, and in the API.
  await page.goto("/events?disagreement=figure");
  const events = page.getByTestId("event");
  expect(await events.count()).toBeGreaterThanOrEqual(2);
  const api = await (await page.request.get("/api/v1/events?disagreement=figure&limit=100")).json();
  expect(api.total).toBe(await events.count());
  expect(api.items.every((e: { disagreements: string[] }) => e.disagreements.includes("figure"))).toBe(true);
  expect((await page.request.get("/api/v1/events?disagreement=maybe")).status()).toBe(400);
});

test("the API reads the status on either clock, and refuses a date outside the record", async ({ request }) => {
  const on = async (q: string) => (await (await request.get(`/api/v1/monuments/temple-of-bel${q}`)).json()) as { status: string };
  expect((await on("")).status).toBe("destroyed");
  expect((await on("?asOf=2015-05-10")).status).toBe("unknown");
  expect((await on("?asOf=2015-09-15")).status).toBe("destroyed");
  expect((await on("?asOf=2015-08-30&clock=reported")).status).toBe("unknown");
  const bad = await request.get("/api/v1/monuments?asOf=2099-01-01");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).detail).toContain("outside the period this record covers");
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  const params = doc.paths["/monuments/{slug}"].get.parameters.map((p: { name: string }) => p.name);
  expect(params).toEqual(expect.arrayContaining(["asOf", "clock"]));
});

test("a page of the API's monuments on a past day says what each monument's own record says that day", async ({ request }) => {
  // A page derives its own monuments only; it must agree with the whole list and with each record.
  type Row = { slug: string; status: string };
  const get = async (q: string) => (await (await request.get(`/api/v1/monuments${q}`)).json()) as { total: number; items: Row[] };
  const all = await get("?asOf=2015-09-15&limit=500");
  expect(all.items.find((m) => m.slug === "temple-of-bel")?.status).toBe("destroyed");
  const paged: Row[] = [];
  for (let page = 1; paged.length < all.total; page++) {
    const one = await get(`?asOf=2015-09-15&limit=4&page=${page}`);
    expect(one.total).toBe(all.total);
    paged.push(...one.items);
  }
  expect(paged.map((m) => [m.slug, m.status])).toEqual(all.items.map((m) => [m.slug, m.status]));
  for (const slug of ["tetrapylon", "monumental-arch", "temple-of-bel"]) {
    const row = paged.find((m) => m.slug === slug)!;
    expect((await (await request.get(`/api/v1/monuments/${slug}?asOf=2015-09-15`)).json()).status).toBe(row.status);
  }
  expect(paged.find((m) => m.slug === "tetrapylon")?.status).not.toBe("destroyed");
  // A status filter derives every monument, in batches of whole families: the same statuses.
  const statuses = [...new Set(all.items.map((m) => m.status))];
  const filtered = await get(`?asOf=2015-09-15&limit=500&status=${statuses.join(",")}`);
  const bySlug = (rows: Row[]) => rows.map((m) => `${m.slug}=${m.status}`).sort();
  expect(bySlug(filtered.items)).toEqual(bySlug(all.items));
});

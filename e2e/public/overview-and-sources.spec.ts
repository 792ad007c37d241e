import { expect, test } from "@playwright/test";

const articles = [
  "Syrian government forces enter Palmyra as IS warns inhabitants to flee",
  "Syrian army, militias push into Palmyra in anti-Daesh offensive",
  "ISIS re-captures ancient city of Palmyra from Syrian government forces",
  "Syrian army to enter Islamic State-held Palmyra ‘very soon’: source",
  "Syrian military, allies takes control of Palmyra",
];

test("the overview counts monuments by status and shows who held the city", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Palmyra");
  const counts = page.getByTestId("status-counts");
  const listed = await page.getByTestId("monument-list").locator("a[href^='/monuments/']").count();
  let total = 0;
  for (const box of await counts.locator("[data-status]").filter({ has: page.locator("dd") }).all()) {
    total += Number(await box.locator("dd").innerText());
  }
  expect(total).toBe(listed);
  expect(Number(await counts.locator('[data-status="destroyed"] dd').innerText())).toBeGreaterThanOrEqual(4);
  const timeline = page.getByTestId("control-timeline");
  await expect(timeline.getByRole("listitem")).toHaveCount(4);
  await expect(timeline.getByRole("listitem").first()).toContainText("Islamic State: from May 2015");
});

test("/sources lists the five articles, each with its claims and quotes", async ({ page }) => {
  await page.goto("/sources");
  const list = page.getByTestId("source-list");
  for (const title of articles) await expect(list.getByRole("link", { name: title })).toBeVisible();

  await list.getByRole("link", { name: articles[1]! }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(articles[1]!);
  await expect(page.getByText("Weedah Hamzah, Khalil Hamlo")).toBeVisible();
  await expect(page.getByText("2 March 2017").first()).toBeVisible();
  const claims = page.getByTestId("source-claims");
  await expect(claims).toContainText("Temple of Bel");
  await expect(claims).toContainText("packed them with explosives");
});

test("editors' working notes never reach a public page or the API; the public note does", async ({ page, request }) => {
  const slug = "unesco-2015-10-05-arch-of-triumph-destruction";
  await page.goto(`/sources/${slug}`);
  await expect(page.getByText("UNESCO news release (statement of the Director-General, Irina Bokova).")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("web archive");
  const api = await (await request.get(`/api/v1/sources/${slug}`)).text();
  expect(api).not.toContain("web archive");
  expect(api).not.toContain("editorNote");
  const bib = await (await request.get(`/api/v1/citations?source=${slug}&format=csl-json&quotes=1`)).text();
  expect(bib).not.toContain("web archive");
});

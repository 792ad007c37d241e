import { expect, test } from "@playwright/test";

// Each monument page quotes dozens of passages; every one is checked.
test.describe.configure({ timeout: 150_000 });

// What a reader sees on the five design-card monuments, from the seeded Palmyra dataset.
const cards = [
  { slug: "temple-of-bel", name: "Temple of Bel", status: "destroyed", quote: "the temple of Bel and most of the tower tombs are gone now" },
  { slug: "monumental-arch", name: "Monumental Arch", status: "destroyed", quote: "a 1,800-year-old monumental arch" },
  { slug: "tetrapylon", name: "Tetrapylon", status: "severe", quote: "razed the landmark Tetrapylon" },
  { slug: "roman-theatre", name: "Roman Theatre", status: "severe", quote: "public beheadings in the city's ancient amphitheatre" },
  { slug: "tower-tombs", name: "Tower Tombs", status: "severe", quote: "most of the tower tombs are gone now" },
];

for (const card of cards) {
  test(`${card.name}: derived status and quoted citations`, async ({ page }) => {
    await page.goto(`/monuments/${card.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(card.name);
    const status = page.getByTestId("monument-status");
    await expect(status).toHaveAttribute("data-status", card.status);
    await expect(page.getByTestId("event-list")).toContainText(card.quote);
    // Every citation names its publisher and links the title to the source page or URL.
    const citations = page.getByTestId("citation");
    expect(await citations.count()).toBeGreaterThan(0);
    for (const citation of await citations.all()) {
      await expect(citation.locator("blockquote")).not.toBeEmpty();
      // A dated source shows its year; an undated reference page says so.
      await expect(citation.locator("figcaption")).toContainText(/\d{4}|date unknown/);
    }
  });
}

test("the arch keeps every source's account, each dated as an interval and linked to the others", async ({ page }) => {
  await page.goto("/monuments/monumental-arch");
  const events = page.getByTestId("event");
  expect(await events.count()).toBeGreaterThan(2);
  const reuters = events.filter({ hasText: "During its first period in control of the site" });
  await expect(reuters.getByTestId("event-date")).toHaveText("between 1 May 2015 and 27 March 2016");
  await expect(reuters).toContainText("Egypt Independent");
  await expect(page.getByTestId("event-list")).toContainText("Al Bawaba");
  // Another source's account of the same occurrence links to the others.
  const link = reuters.getByTestId("other-accounts").getByRole("link").first();
  const target = (await link.getAttribute("href"))!;
  expect(target).toMatch(/^#event-/);
  await expect(page.locator(target)).toHaveCount(1);
});

test("Arabic names are shown right-to-left", async ({ page }) => {
  await page.goto("/monuments/temple-of-bel");
  // In the main content: the header's language switch is in Arabic too.
  const arabic = page.locator('main [lang="ar"]').first();
  await expect(arabic).toHaveAttribute("dir", "rtl");
  await expect(arabic).toHaveText("معبد بل");
});

test("the theatre's facade is a component of the theatre", async ({ page }) => {
  await page.goto("/monuments/roman-theatre");
  await page.getByRole("link", { name: "Roman Theatre facade" }).first().click();
  await expect(page).toHaveURL(/\/monuments\/roman-theatre-facade$/);
  await expect(page.getByTestId("monument-status")).toHaveAttribute("data-status", "destroyed");
  await expect(page.getByText("part of")).toBeVisible();
});

test("an unknown monument is a 404 with a way back", async ({ page }) => {
  const response = await page.goto("/monuments/no-such-monument");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Browse the monuments" })).toBeVisible();
});

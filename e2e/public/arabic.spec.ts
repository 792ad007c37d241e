import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";

const catalogue = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
const ar = catalogue("ar");
const en = catalogue("en");

const pages = ["/", "/monuments", "/monuments/temple-of-bel", "/events", "/map", "/sources", "/search?q=Tadmur", "/basket"];

test("Arabic pages are right-to-left and in Arabic; English pages keep their URLs, left-to-right", async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    expect(new URL(page.url()).pathname).toBe(path.split("?")[0]);
    const arabic = path === "/" ? "/ar" : `/ar${path}`;
    const response = await page.goto(arabic);
    expect(response?.status(), arabic).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  }
});

test("the header, menu and footer of an Arabic page show no English interface text", async ({ page }) => {
  await page.goto("/ar/monuments");
  const chrome = (await page.locator("header").innerText()) + (await page.locator("footer").innerText());
  for (const group of [en.nav, en.layout, en.search] as Record<string, string>[]) {
    for (const [key, text] of Object.entries(group)) {
      if (key === "switchLabel" || key === "placeholder") continue; // the switch names English in English; the hint shows both scripts
      expect(chrome, key).not.toContain(text);
    }
  }
  await expect(page.getByRole("navigation", { name: ar.layout.mainNav })).toBeVisible();
  for (const label of Object.values(ar.nav) as string[]) await expect(page.getByRole("link", { name: label, exact: true })).toBeVisible();
});

test("links inside Arabic pages stay in Arabic, and the switch opens the same page in the other language", async ({ page }) => {
  await page.goto("/ar/monuments");
  const hrefs = await page.locator("main a[href^='/'], header a[href^='/']:not([data-testid='language-switch'])").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const interfaceLinks = hrefs.filter((h) => !/^\/(api|feed\.xml)/.test(h) && !h.includes("/feed.xml"));
  expect(interfaceLinks.length).toBeGreaterThan(10);
  expect(interfaceLinks.filter((h) => !/^\/ar(\/|$|\?)/.test(h))).toEqual([]);
  await page.getByRole("link", { name: ar.nav.events, exact: true }).click();
  await expect(page).toHaveURL(/\/ar\/events$/);

  await page.goto("/ar/monuments/temple-of-bel");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/monuments\/temple-of-bel$/);
  expect(new URL(page.url()).pathname).toBe("/monuments/temple-of-bel");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/ar\/monuments\/temple-of-bel$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("the switch keeps what the page shows (filters, the day read), and /en addresses lead to the one English URL", async ({ page }) => {
  await page.goto("/ar/events?method=EXPLOSIVES&sort=date-desc");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/events\?method=EXPLOSIVES&sort=date-desc$/);
  expect(new URL(page.url()).pathname).toBe("/events");
  await expect(page.getByTestId("event-count")).toBeVisible();
  await page.goto("/monuments/temple-of-bel?asOf=2015-08-28");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/ar\/monuments\/temple-of-bel\?asOf=2015-08-28$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  for (const [from, to] of [["/en/monuments?site=palmyra", "/monuments?site=palmyra"], ["/en", "/"]]) {
    const response = await page.goto(from!);
    expect(response?.status(), from).toBe(200);
    expect(new URL(page.url()).pathname + new URL(page.url()).search, from).toBe(to);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  }
});

test("Arabic pages name sites and monuments in Arabic, and title their feeds in Arabic", async ({ page }) => {
  await page.goto("/ar/sites");
  const site = page.locator("tr[data-site='palmyra'] th a");
  await expect(site.locator("[lang='ar']")).toHaveCount(1);
  await page.goto("/ar/events?monument=temple-of-bel");
  const monument = page.getByTestId("event").first().locator("a[href='/ar/monuments/temple-of-bel'] [lang]");
  await expect(monument).toHaveAttribute("lang", "ar");
  await page.goto("/ar/monuments/temple-of-bel");
  expect(await page.title()).toMatch(new RegExp(` · ${ar.layout.siteName}$`));
  const feeds = await page.locator("link[rel='alternate'][type='application/atom+xml']").evaluateAll((ls) => ls.map((l) => l.getAttribute("title") ?? ""));
  expect(feeds.length).toBeGreaterThanOrEqual(2);
  for (const title of feeds) expect(title.startsWith(`${ar.layout.siteName}:`), title).toBe(true);
  expect(feeds).toContain(ar.feeds.all);
  await page.goto("/ar/events?extent=GONE");
  await expect(page.getByTestId("page-problems")).toContainText(ar.problems.unknown.replace("{name}", ar.problems.param.extent).replace("{value}", "GONE"));
});

test("an unknown language or address is a 404, in the reader's language", async ({ page }) => {
  expect((await page.goto("/fr/monuments"))?.status()).toBe(404);
  const response = await page.goto("/ar/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ar.notFound.title);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("the as-of reading works in Arabic as in English", async ({ page }) => {
  const en1 = await page.goto("/monuments/temple-of-bel?asOf=2015-08-28");
  expect(en1?.status()).toBe(200);
  const ar1 = await page.goto("/ar/monuments/temple-of-bel?asOf=2015-08-28");
  expect(ar1?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

// Every public page in Arabic: right-to-left, and no English interface text left in its chrome.
const arabicPages = async (request: import("@playwright/test").APIRequestContext) => {
  const sources = (await (await request.get("/api/v1/sources?limit=1")).json()).items as { slug: string }[];
  return [
    "/ar", "/ar/sites", "/ar/sites/palmyra", "/ar/monuments", "/ar/monuments/temple-of-bel", "/ar/monuments/temple-of-bel?asOf=2015-08-28",
    "/ar/monuments/temple-of-bel?asOf=2015-08-28&clock=reported", "/ar?asOf=2015-09-01", "/ar/events", "/ar/events?group=quote", "/ar/map",
    "/ar/sources", ...sources.map((s) => `/ar/sources/${s.slug}`), "/ar/search?q=Tadmur", "/ar/basket",
    // Bad input: what was wrong is said in Arabic too.
    "/ar/events?extent=GONE&from=2016-02-30&page=abc", "/ar/map?status=ruined&clock=lunar&asOf=1990-01-01", "/ar/monuments?page=999", "/ar/sources?limit=0",
  ];
};

const flatten = (node: Record<string, unknown>): string[] => Object.values(node).flatMap((v) => (typeof v === "string" ? [v] : flatten(v as Record<string, unknown>)));
// The English interface strings worth looking for: placeholders cut out, at least 4 letters, none that Arabic uses too.
const english = [...new Set(flatten(en).flatMap((s) => s.split(/\{\w+\}/)).map((s) => s.trim().replace(/^[,.:;·—–\s]+|[,.:;·—–\s]+$/g, "")))]
  .filter((s) => s.length >= 4 && /[a-z]{2}/i.test(s) && !flatten(ar).some((a) => a.includes(s)));

// The interface landmarks; quotes, anything marked as another language and the item titles a
// basket button names for screen readers (proper names, titles) are left out.
const CHROME = "header:not(main header), nav, h1, h2, h3, button, label, legend, th, dt, summary, caption, [role='alert']";

test("every Arabic page is right-to-left, with no English interface string in its chrome", async ({ page, request }) => {
  test.setTimeout(300_000);
  for (const path of await arabicPages(request)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const texts = await page.locator(CHROME).evaluateAll((els) =>
      els.map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll("[lang]:not([lang='ar']), blockquote, [data-testid='language-switch'], [data-testid='basket-toggle'] .sr-only").forEach((n) => n.remove());
        return el.closest("[lang]:not([lang='ar'])") ? "" : (copy.textContent ?? "");
      }),
    );
    const chrome = texts.join("\n");
    expect(english.filter((s) => chrome.includes(s)), path).toEqual([]);
  }
});

test.describe("on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test("no Arabic page scrolls sideways", async ({ page, request }) => {
    test.setTimeout(300_000);
    for (const path of await arabicPages(request)) {
      await page.goto(path);
      const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
      expect(scroll, path).toBeLessThanOrEqual(width);
    }
  });
});

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { localePath } from "../../lib/locales";

const pages = [
  "/",
  "/sites",
  "/sites/palmyra",
  "/monuments",
  "/monuments/temple-of-bel",
  "/monuments/monumental-arch",
  "/monuments/tetrapylon",
  "/monuments/roman-theatre",
  "/monuments/tower-tombs",
  "/monuments/temple-of-bel?asOf=2015-04-01",
  "/monuments/temple-of-bel?asOf=2015-08-28",
  "/monuments/tetrapylon?asOf=2017-01-01&clock=reported",
  "/?asOf=2015-06-01&clock=reported",
  "/events",
  "/events?method=EXPLOSIVES&sort=date-desc",
  "/events?group=quote",
  "/map",
  "/map?status=destroyed&asOf=2016-06-01&clock=reported",
  "/sources",
  "/sources/albawaba-2017-03-02-syrian-army-push-into-palmyra",
  "/search?q=Tadmur",
  "/monuments/no-such-monument",
  "/basket",
  "/sign-in",
];

// Every public page in both interface languages (sign-in is English only).
const everyPage = [...pages, ...pages.filter((p) => p !== "/sign-in").map((p) => localePath("ar", p))];

for (const path of everyPage) {
  test(`no serious or critical axe violations on ${path}`, async ({ page }) => {
    // axe walks every node of pages that hold the whole record: slow on two busy cores.
    test.setTimeout(150_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
}

// Every public page, at the width of a small phone: nothing scrolls sideways and the charts fit.
test.describe("on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test("no public page scrolls sideways, and every chart fits", async ({ page, request }) => {
    test.setTimeout(600_000); // some 90 pages, each waited on until its charts and map are drawn
    const monuments = (await (await request.get("/api/v1/monuments?limit=500")).json()).items as { slug: string }[];
    const sources = (await (await request.get("/api/v1/sources?limit=500")).json()).items as { slug: string }[];
    const paths = [
      ...everyPage.filter((p) => p !== "/sign-in"),
      "/search?q=arch",
      ...monuments.map((m) => `/monuments/${m.slug}`),
      ...sources.map((s) => `/sources/${s.slug}`),
    ];
    expect(monuments.length).toBeGreaterThan(10);
    const wide: string[] = [];
    for (const path of [...new Set(paths)]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Charts and the map arrive after hydration; measure once they are drawn.
      await page.waitForLoadState("networkidle");
      const m = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
        charts: [...document.querySelectorAll("svg.recharts-surface")].map((s) => s.getBoundingClientRect().right),
      }));
      if (m.scroll > m.inner) wide.push(`${path}: scrollWidth ${m.scroll} > ${m.inner}`);
      for (const right of m.charts) if (right > m.inner) wide.push(`${path}: a chart ends at ${right}px`);
    }
    expect(wide).toEqual([]);
  });

  test("the overview's charts are drawn at the phone's width, with short labels", async ({ page }) => {
    await page.goto("/monuments/temple-of-bel");
    const chart = page.getByTestId("condition-timeline").locator("svg.recharts-surface");
    await expect(chart).toBeVisible({ timeout: 20_000 });
    const box = (await chart.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await expect(page.getByTestId("condition-timeline").locator("svg")).toContainText("Destroyed");
    await page.goto("/");
    await expect(page.getByTestId("events-over-time").locator("svg.recharts-surface").first()).toBeVisible({ timeout: 20_000 });
    // Status counts: one compact box per status some monument has, not a card per zero.
    const boxes = await page.getByTestId("status-counts").locator("[data-status] dd").allInnerTexts();
    expect(boxes.every((n) => Number(n) > 0)).toBe(true);
    // The header: the site name and the search on one line, the menu below it.
    const name = (await page.getByRole("link", { name: "Heritage Watch" }).boundingBox())!;
    const search = (await page.getByRole("search").boundingBox())!;
    expect(Math.abs(name.y - search.y)).toBeLessThan(20);
  });
});

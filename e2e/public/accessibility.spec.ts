import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = [
  "/",
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
  "/sources",
  "/sources/albawaba-2017-03-02-syrian-army-push-into-palmyra",
  "/search?q=Tadmur",
  "/monuments/no-such-monument",
  "/basket",
  "/sign-in",
];

for (const path of pages) {
  test(`no serious or critical axe violations on ${path}`, async ({ page }) => {
    // axe walks every node of pages that hold the whole record: slow on two busy cores.
    test.setTimeout(150_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
}

test.describe("on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const path of ["/", "/monuments/temple-of-bel", "/events", "/search?q=arch", "/sources"]) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }
});

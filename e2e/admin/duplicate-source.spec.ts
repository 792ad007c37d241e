import { expect, test } from "@playwright/test";
import { ROLE_STATE } from "./helpers";

test.use({ storageState: ROLE_STATE.editor });

test("a report with an already recorded source URL is stopped and offered the existing source", async ({ page }) => {
  const stamp = Date.now();
  await page.goto("/admin/report");
  await page.getByLabel("Monument", { exact: true }).selectOption({ label: "Palmyra Castle" });
  await page.getByLabel("Date precision", { exact: true }).selectOption("UNKNOWN");
  await page.getByLabel("Method").selectOption("MILITARY_USE");
  await page.getByLabel("Confidence").selectOption("REPORTED");
  await page.getByLabel("Description", { exact: true }).fill(`Duplicate test ${stamp}`);
  await page.getByLabel(/^URL/).fill("https://www.albawaba.me/news/syrian-army-militias-push-palmyra-anti-daesh-offensive-944652");
  await page.getByLabel("Title", { exact: true }).fill("A second copy of the Al Bawaba article");
  await page.getByLabel("Publisher", { exact: true }).fill("Al Bawaba");
  await page.getByLabel(/^Language/).fill("en");
  await page.getByLabel("Kind", { exact: true }).selectOption("NEWS_ARTICLE");
  await page.getByLabel("Exact quote").fill(`Duplicate test quote ${stamp}`);
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page.locator("#f-url-error")).toHaveText(/^A source with this URL already exists: “Syrian army, militias push into Palmyra/);
  await expect(page.getByLabel("Exact quote")).toHaveValue(`Duplicate test quote ${stamp}`);
  await page.getByRole("button", { name: /^Use the existing source/ }).click();
  await expect(page.getByLabel("Source", { exact: true })).toHaveValue(/.+/);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/events\/[^/?]+\?saved=1$/);
  await expect(page.getByTestId("admin-citations")).toContainText(`Duplicate test quote ${stamp}`);
  await expect(page.getByTestId("admin-citations")).toContainText("Syrian army, militias push into Palmyra in anti-Daesh offensive");
});

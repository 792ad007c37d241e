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
  // The recorded address is https://www.albawaba.me/news/…-944652: another spelling of it is the same article.
  await page.getByLabel(/^URL/).fill("HTTP://AlBawaba.me:80/news/syrian-army-militias-push-palmyra-anti-daesh-offensive-944652/?utm_source=twitter#comments");
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

test("the source form recognises a recorded article under another spelling of its address", async ({ page }) => {
  await page.goto("/admin/sources/new");
  // Recorded as http://www.reuters.com/news/picture/palmyra-in-ruins-idUSRTX1QG8C
  await page.getByLabel(/^URL/).fill("https://Reuters.com/news/picture/palmyra-in-ruins-idUSRTX1QG8C/?utm_medium=rss&utm_campaign=syria#slide-3");
  await page.getByLabel("Title", { exact: true }).fill("Palmyra in ruins (again)");
  await page.getByLabel("Publisher", { exact: true }).fill("Reuters");
  await page.getByLabel("Publication date precision").selectOption("UNKNOWN");
  await page.getByLabel("Kind", { exact: true }).selectOption("NEWS_ARTICLE");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#f-url-error")).toHaveText("A source with this URL already exists: “Palmyra in ruins”.");
  await page.getByRole("link", { name: "Open “Palmyra in ruins”" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Palmyra in ruins");
});

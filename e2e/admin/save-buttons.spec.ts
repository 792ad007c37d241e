import { expect, test } from "@playwright/test";
import { ROLE_STATE, withDb } from "./helpers";

// Issue 13: a form's buttons say what will happen, and the confidence grades are explained where an
// editor picks one.

test("a new source is saved as a draft or sent for review, as its buttons say", async ({ browser }) => {
  const context = await browser.newContext({ storageState: ROLE_STATE.editor });
  const page = await context.newPage();
  await page.goto("/admin/sources/new");
  await expect(page.getByRole("button", { name: /^Save/ })).toHaveText(["Save draft", "Save and send for review"]);
  await page.getByLabel("Title", { exact: true }).fill(`A source sent for review (${Date.now()})`);
  await page.getByLabel("Publisher", { exact: true }).fill("E2E Gazette");
  await page.getByLabel("Publication date precision").selectOption("UNKNOWN");
  await page.getByLabel("Kind", { exact: true }).selectOption("NEWS_ARTICLE");
  await page.getByRole("button", { name: "Save and send for review" }).click();
  await expect(page).toHaveURL(/\/admin\/sources\/[^/?]+\?saved=2$/);
  await expect(page.getByTestId("state").first()).toHaveText("in review");
  await expect(page.getByRole("button", { name: /^Save/ })).toHaveText(["Save (stays in review)"]);
  await context.close();
});

test("the confidence grades are explained in the event form", async ({ browser }) => {
  const context = await browser.newContext({ storageState: ROLE_STATE.editor });
  const page = await context.newPage();
  await page.goto("/admin/events/new");
  const confidence = page.getByLabel("Confidence");
  await expect(confidence.locator("option", { hasText: "Reported: a single credible source reports it" })).toHaveCount(1);
  await expect(confidence.locator("option", { hasText: "Confirmed: independently verified" })).toHaveCount(1);
  await expect(page.locator("#f-confidence-hint")).toContainText("confirmed before probable before reported");
  await context.close();
});

test("a reviewer's quote under a published event says it is published on saving", async ({ browser }) => {
  const context = await browser.newContext({ storageState: ROLE_STATE.reviewer });
  const page = await context.newPage();
  const event = await withDb(async (c) => (await c.query(`SELECT id FROM "DamageEvent" WHERE state = 'PUBLISHED' ORDER BY "createdAt" LIMIT 1`)).rows[0] as { id: string });
  await page.goto(`/admin/events/${event.id}`);
  await expect(page.getByRole("button", { name: /^Save/ })).toHaveText(["Save and publish"]);
  await page.getByRole("link", { name: "Add a quote" }).click();
  await expect(page.getByRole("button", { name: /^Save/ })).toHaveText(["Save and publish"]);
  await context.close();
});

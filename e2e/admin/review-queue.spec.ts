import { expect, test, type Browser } from "@playwright/test";
import { createDraftEvent, ROLE_STATE, withDb } from "./helpers";

async function signedIn(browser: Browser, role: keyof typeof ROLE_STATE) {
  const context = await browser.newContext({ storageState: ROLE_STATE[role] });
  return { context, page: await context.newPage() };
}

// "Publish selected" must not take its own publishing of an event's source for another editor's save
// (e2e/admin/report-flow.spec.ts ticks both), but a real edit made after the queue was loaded must
// still stop the batch, with nothing published.
test("a batch publish over an event another editor changed meanwhile is refused, nothing published", async ({ browser }) => {
  const stamp = Date.now();
  const editor = await signedIn(browser, "editor");
  const a = editor.page;
  await createDraftEvent(a, `Batch conflict ${stamp}`);
  await a.getByRole("button", { name: "Send for review", exact: true }).click();
  await expect(a.getByTestId("state").first()).toHaveText("in review");

  const reviewer = await signedIn(browser, "reviewer");
  const r = reviewer.page;
  await r.goto("/admin/review");
  const box = r.getByRole("checkbox", { name: new RegExp(`Select Palmyra Castle: Batch conflict ${stamp}`) });
  await expect(box).toBeVisible();

  await a.getByLabel("Description", { exact: true }).fill(`Batch conflict ${stamp}, corrected`);
  await a.getByRole("button", { name: "Save (stays in review)" }).click();
  await expect(a.getByRole("status").filter({ hasText: "Saved (version 3)" })).toBeVisible();

  await box.check();
  await r.getByRole("button", { name: "Publish selected" }).click();
  await expect(r.getByTestId("form-status")).toContainText("Someone else saved this record while you were editing it");
  await r.goto("/admin/review");
  await expect(r.getByRole("checkbox", { name: new RegExp(`Select Palmyra Castle: Batch conflict ${stamp}, corrected`) })).toBeVisible();
  await Promise.all([editor.context.close(), reviewer.context.close()]);
});

// Issue 13: the queue lists every record waiting (the report's new source too) with what publishing it
// shows, each quote with the words around it; a published record cannot quote a source still in review.
test("the queue previews a report's event, its quote in context and its new source", async ({ browser }) => {
  const stamp = Date.now();
  const editor = await signedIn(browser, "editor");
  const a = editor.page;
  await a.goto("/admin/report");
  await a.getByLabel("Monument", { exact: true }).selectOption({ label: "Palmyra Castle" });
  await a.getByLabel("Date precision", { exact: true }).selectOption("UNKNOWN");
  await a.getByLabel("Method").selectOption("SHELLING");
  await a.getByLabel(/^Extent/).selectOption("MODERATE");
  await a.getByLabel("Confidence").selectOption("REPORTED");
  await a.getByLabel("Description", { exact: true }).fill(`Queue preview ${stamp}`);
  await a.getByLabel("Title", { exact: true }).fill(`Queue preview source ${stamp}`);
  await a.getByLabel("Publisher", { exact: true }).fill("E2E Gazette");
  await a.getByLabel("Publication date precision").selectOption("UNKNOWN");
  await a.getByLabel(/^Language/).fill("en");
  await a.getByLabel("Kind", { exact: true }).selectOption("NEWS_ARTICLE");
  await a.getByLabel("Exact quote").fill(`the castle walls were hit (${stamp})`);
  await a.getByLabel(/^Text just before/).fill("Residents said on Monday that");
  await a.getByLabel(/^Text just after/).fill("during the night");
  await a.getByRole("button", { name: "Save and send for review" }).click();
  await expect(a).toHaveURL(/\/admin\/events\/[^/?]+\?saved=2$/);
  // The saved quote is shown with the text around it.
  await expect(a.getByTestId("admin-citations").getByTestId("passage")).toHaveText(`…Residents said on Monday thatthe castle walls were hit (${stamp})during the night…`);

  const reviewer = await signedIn(browser, "reviewer");
  const r = reviewer.page;
  await r.goto("/admin/review");
  const event = r.getByTestId("queue-item").filter({ hasText: `Palmyra Castle: Queue preview ${stamp}` });
  await expect(event.getByTestId("preview")).toContainText("Moderate");
  await expect(event.getByTestId("queue-quote")).toContainText(`Residents said on Monday thatthe castle walls were hit (${stamp})during the night`);
  await expect(event.getByTestId("queue-quote")).toContainText(`from Queue preview source ${stamp} (E2E Gazette) (source in review: published with it)`);
  await expect(r.getByRole("checkbox", { name: `Select Queue preview source ${stamp} (E2E Gazette)` })).toBeVisible();

  // That source cannot be quoted under a published event until it is published itself.
  const published = await withDb(async (c) => (await c.query(`SELECT id FROM "DamageEvent" WHERE state = 'PUBLISHED' ORDER BY "createdAt" LIMIT 1`)).rows[0] as { id: string });
  await r.goto(`/admin/citations/new?damageEventId=${published.id}`);
  await r.getByLabel("Source", { exact: true }).selectOption({ label: `Queue preview source ${stamp} (E2E Gazette)` });
  await r.getByLabel("Exact quote").fill(`A quote that must wait (${stamp})`);
  await r.getByRole("button", { name: "Save and publish" }).click();
  await expect(r.locator("#f-sourceId-error")).toHaveText("This source is still in review: publish it before quoting it under a published record.");
  await expect(r.getByLabel("Exact quote")).toHaveValue(`A quote that must wait (${stamp})`);
  await Promise.all([editor.context.close(), reviewer.context.close()]);
});

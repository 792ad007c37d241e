import { expect, test, type Browser } from "@playwright/test";
import { createDraftEvent, ROLE_STATE } from "./helpers";

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

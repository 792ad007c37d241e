import { expect, test } from "@playwright/test";
import { ROLE_STATE } from "./helpers";

// Issue 13: a source with authors could not be saved through its form (every author came back as a
// field error), so neither a new source with authors nor a seeded one could be edited or restored.

test("a reviewer edits a seeded source that has authors, then restores the earlier version", async ({ browser }) => {
  const context = await browser.newContext({ storageState: ROLE_STATE.reviewer });
  const page = await context.newPage();
  await page.goto("/admin/sources");
  await page.getByTestId("record-list").getByRole("link", { name: /^Syrian Experts Shocked by Damage Inside Palmyra’s Museum/ }).click();
  await expect(page.getByLabel(/^Authors/)).toHaveValue("The Associated Press");
  const stamp = Date.now();
  const save = async (note: string) => {
    await page.getByLabel(/^Public note/).fill(note);
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Saved \(version \d+\)/ })).toBeVisible();
    await expect(page.locator("#f-authors-error")).toHaveText("");
    await expect(page.getByLabel(/^Authors/)).toHaveValue("The Associated Press");
    await expect(page.getByLabel(/^Public note/)).toHaveValue(note);
    return Number((await page.getByTestId("record-version").innerText()).replace(/\D/g, ""));
  };
  const first = await save(`Checked against the AP wire copy (${stamp}).`);
  await save(`A wording to undo (${stamp}).`);

  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByTestId("revision").first()).toContainText("edited by Demo Reviewer");
  await page.getByRole("button", { name: `Restore version ${first}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Restored: now version ${first + 2}` })).toBeVisible();
  await page.getByRole("link", { name: /^Back to / }).click();
  await expect(page.getByLabel(/^Authors/)).toHaveValue("The Associated Press");
  await expect(page.getByLabel(/^Public note/)).toHaveValue(`Checked against the AP wire copy (${stamp}).`);
  await context.close();
});

test("an editor creates a source with two authors", async ({ browser }) => {
  const context = await browser.newContext({ storageState: ROLE_STATE.editor });
  const page = await context.newPage();
  const title = `Two reporters on the theatre (${Date.now()})`;
  await page.goto("/admin/sources/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Publisher", { exact: true }).fill("E2E Gazette");
  await page.getByLabel(/^Authors/).fill("Weedah Hamzah\nKhalil Hamlo");
  await page.getByLabel(/^Published \(earliest\)/).fill("2017-01-20");
  await page.getByLabel(/^Published \(latest\)/).fill("2017-01-20");
  await page.getByLabel("Kind", { exact: true }).selectOption("NEWS_ARTICLE");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/sources\/[^/?]+\?saved=\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByLabel(/^Authors/)).toHaveValue("Weedah Hamzah\nKhalil Hamlo");
  await context.close();
});

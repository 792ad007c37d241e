import { expect, test } from "@playwright/test";
import { createDraftEvent, ROLE_STATE } from "./helpers";

test("a second save over a newer version gets a conflict message and keeps what was typed", async ({ browser }) => {
  const stamp = Date.now();
  const first = await browser.newContext({ storageState: ROLE_STATE.editor });
  const second = await browser.newContext({ storageState: ROLE_STATE.editor });
  const a = await first.newPage();
  // A draft event to edit (drafts are the editors' own: public pages stay as they are).
  const url = await createDraftEvent(a, `Conflict test ${stamp}`);

  const b = await second.newPage();
  await b.goto(url);
  await a.goto(url);
  await a.getByLabel("Description", { exact: true }).fill(`Conflict test ${stamp}: first editor's wording`);
  await a.getByRole("button", { name: "Save draft", exact: true }).click();
  await expect(a.getByRole("status").filter({ hasText: "Saved (version 2)" })).toBeVisible();

  const mine = `Conflict test ${stamp}: second editor's wording`;
  await b.getByLabel("Description", { exact: true }).fill(mine);
  await b.getByRole("button", { name: "Save draft", exact: true }).click();
  const status = b.getByTestId("form-status");
  await expect(status).toContainText("Someone else saved this record while you were editing it (you opened version 1, it is now version 2");
  await expect(status).toContainText("Your changes are still in the form and were not saved.");
  const change = status.getByTestId("conflict-changes").getByRole("row", { name: /description/ });
  await expect(change).toContainText(`Conflict test ${stamp}: first editor's wording`);
  await expect(b.getByLabel("Description", { exact: true })).toHaveValue(mine);

  // Saving again, knowingly, replaces the other version; both stay in the history.
  await b.getByRole("button", { name: "Save draft anyway" }).click();
  await expect(b.getByRole("status").filter({ hasText: "Saved (version 3)" })).toBeVisible();
  await expect(b.getByLabel("Description", { exact: true })).toHaveValue(mine);
  await Promise.all([first.close(), second.close()]);
});

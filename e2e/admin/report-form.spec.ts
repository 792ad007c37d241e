import { expect, test } from "@playwright/test";
import { ROLE_STATE } from "./helpers";

test.use({ storageState: ROLE_STATE.editor });

test("an empty report shows all its errors in one round", async ({ page }) => {
  await page.goto("/admin/report");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("form-status")).toContainText("Some fields need attention");
  // The event's own fields and those the chosen modes require, together.
  await expect(page.locator("#f-monumentId-error")).toHaveText("Choose the monument, or create a new one.");
  await expect(page.locator("#f-description-error")).toHaveText("Description is required.");
  await expect(page.locator("#f-title-error")).toHaveText("Title is required.");
  await expect(page.locator("#f-publisher-error")).toHaveText("Publisher is required.");
  await expect(page.locator("#f-kind-error")).toHaveText("Choose a kind of source.");
  await expect(page.locator("#f-quote-error")).toHaveText("The quoted passage is required.");
});

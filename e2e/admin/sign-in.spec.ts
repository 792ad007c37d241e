import { expect, test } from "@playwright/test";

test("the admin area asks for sign-in; an editor signs in and out", async ({ page }) => {
  await page.goto("/admin/review");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Freview$/);
  await page.getByLabel("Email").fill("editor@heritage.local");
  await page.getByLabel("Password").fill("heritage-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/review$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText("editor@heritage.local (editor)");
  // Editors see the queue but cannot publish from it.
  await expect(page.getByRole("button", { name: "Publish selected" })).toHaveCount(0);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
});

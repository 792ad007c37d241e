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

test("sign-in attempts are limited to five a minute per address", async ({ request, baseURL }) => {
  // Its own client address, so the other specs' sign-ins are unaffected: the suite's server trusts the
  // test runner as its proxy (TRUSTED_PROXY in playwright.config.ts), so X-Forwarded-For names it.
  const headers = { Origin: baseURL!, "X-Forwarded-For": `203.0.113.${Date.now() % 250}` };
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await request.post("/api/auth/sign-in/email", { headers, data: { email: "editor@heritage.local", password: "not-the-password" } });
    statuses.push(res.status());
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
});

import { expect, test } from "@playwright/test";
import { ROLE_STATE, withDb } from "./helpers";

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

test("the tetrapylon's January 2017 destruction entered again is offered as another account of the recorded event", async ({ page }) => {
  const stamp = Date.now();
  const title = `Tetrapylon blown up (${stamp})`;
  await page.goto("/admin/report");
  await page.getByLabel("Monument", { exact: true }).selectOption({ label: "Tetrapylon" });
  await page.getByLabel("Earliest date").fill("2017-01-18");
  await page.getByLabel(/^Latest date/).fill("2017-01-20");
  await page.getByLabel("Date precision", { exact: true }).selectOption("WINDOW");
  await page.getByLabel("Method").selectOption("EXPLOSIVES");
  await page.getByLabel(/^Extent/).selectOption("DESTROYED");
  await page.getByLabel("Confidence").selectOption("REPORTED");
  await page.getByLabel("Description", { exact: true }).fill(`The tetrapylon was blown up (${stamp}).`);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Publisher", { exact: true }).fill("E2E Gazette");
  await page.getByLabel("Publication date precision").selectOption("UNKNOWN");
  await page.getByLabel(/^Language/).fill("en");
  await page.getByLabel("Kind", { exact: true }).selectOption("NEWS_ARTICLE");
  await page.getByLabel("Exact quote").fill(`Militants blew up the tetrapylon (${stamp})`);
  await page.getByRole("button", { name: "Save draft" }).click();

  // Warned before a duplicate occurrence is created, with the recorded event to add to.
  await expect(page.getByTestId("form-status")).toContainText(/This monument already has (an event|\d+ events) in this window\./);
  const offer = page.getByRole("radio", { name: /^Add this account to event: .*Tetrapylon/ });
  await expect(offer).toHaveCount(1);
  await offer.check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/events\/[^/?]+\?saved=1$/);
  const id = page.url().replace(/\?.*$/, "").split("/").pop()!;
  const linked = await withDb(async (c) =>
    (await c.query(`SELECT m.slug FROM "DamageEvent" e JOIN "DamageEvent" r ON r.id = e."sameAsId" JOIN "Monument" m ON m.id = r."monumentId" WHERE e.id = $1`, [id])).rows,
  );
  expect(linked).toEqual([{ slug: "tetrapylon" }]);

  // Another quote for this event starts from the source it already quotes.
  await page.getByRole("link", { name: "Add a quote to this event" }).click();
  await expect(page.getByLabel("Source", { exact: true }).locator("option:checked")).toHaveText(`${title} (E2E Gazette)`);
});

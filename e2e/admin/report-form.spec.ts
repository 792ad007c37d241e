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

test("an editor proposes a quote on a published event: it goes to review, not public until a reviewer publishes it", async ({ page, browser }) => {
  const stamp = Date.now();
  const event = await withDb(async (c) =>
    (await c.query(`SELECT e.id, COALESCE(e."sameAsId", e.id) AS root FROM "DamageEvent" e JOIN "Monument" m ON m.id = e."monumentId" WHERE m.slug = 'tetrapylon' AND e.state = 'PUBLISHED' AND e."dateLatest" = '2017-01-20' LIMIT 1`)).rows[0] as { id: string; root: string },
  );
  await page.goto(`/admin/events/${event.id}`);
  await expect(page.getByText("This record is published: only a reviewer can change it.")).toBeVisible();
  // No button or link that the save would refuse.
  await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Add a quote to this event" })).toHaveCount(0);
  await page.goto(`/admin/citations/new?damageEventId=${event.id}`);
  await expect(page.getByRole("note")).toContainText("This event is published");
  await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Propose a quote or a correction" }).click();
  await expect(page.getByTestId("proposing")).toBeVisible();
  await expect(page.getByLabel("Monument", { exact: true }).locator("option:checked")).toHaveText("Tetrapylon");
  await page.getByLabel("Description", { exact: true }).fill(`Only four of the sixteen columns stand (${stamp}).`);
  await page.getByLabel("Title", { exact: true }).fill(`A proposed account (${stamp})`);
  await page.getByLabel("Publisher", { exact: true }).fill("E2E Gazette");
  await page.getByLabel("Publication date precision").selectOption("UNKNOWN");
  await page.getByLabel(/^Language/).fill("en");
  await page.getByLabel("Kind", { exact: true }).selectOption("NEWS_ARTICLE");
  await page.getByLabel("Exact quote").fill(`four of the sixteen columns still stand (${stamp})`);
  await page.getByRole("button", { name: "Save and send for review" }).click();
  await expect(page).toHaveURL(/\/admin\/events\/[^/?]+\?saved=2$/);
  await expect(page.getByTestId("state").first()).toHaveText("in review");
  const id = page.url().replace(/\?.*$/, "").split("/").pop()!;
  const row = await withDb(async (c) => (await c.query(`SELECT "sameAsId" FROM "DamageEvent" WHERE id = $1`, [id])).rows[0] as { sameAsId: string });
  expect(row.sameAsId).toBe(event.root);

  // Not public yet; in the reviewer's queue.
  const reader = await browser.newPage();
  await reader.goto("/monuments/tetrapylon");
  await expect(reader.getByText(`Only four of the sixteen columns stand (${stamp}).`)).toHaveCount(0);
  const reviewer = await browser.newContext({ storageState: ROLE_STATE.reviewer });
  const r = await reviewer.newPage();
  await r.goto("/admin/review");
  await expect(r.getByTestId("queue-item").filter({ hasText: `Tetrapylon: Only four of the sixteen columns stand (${stamp})` }).getByTestId("queue-quote")).toContainText(`four of the sixteen columns still stand (${stamp})`);
  await Promise.all([reader.close(), reviewer.close()]);
});

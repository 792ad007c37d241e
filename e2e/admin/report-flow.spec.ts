import { expect, test, type Page } from "@playwright/test";
import { ROLE_STATE } from "./helpers";

// The editor → reviewer path of one damage report, seen by the public only once published.
const stamp = Date.now();
const description = `E2E: a reported blast inside the museum (${stamp})`;
const quote = `Witnesses said the museum hall was hit <script>window.__xss = 1</script> overnight (${stamp})`;

async function fillReport(page: Page, latest: string) {
  await page.getByLabel("Monument", { exact: true }).selectOption({ label: "Palmyra Museum" });
  await page.getByLabel("Earliest date").fill("2015-08-30");
  await page.getByLabel(/^Latest date/).fill(latest);
  await page.getByLabel("Date precision", { exact: true }).selectOption("WINDOW");
  await page.getByLabel("Method").selectOption("EXPLOSIVES");
  await page.getByLabel(/^Extent/).selectOption("SEVERE");
  await page.getByLabel("Confidence").selectOption("REPORTED");
  await page.getByLabel("Description", { exact: true }).fill(description);
  await page.getByLabel(/^URL/).fill(`https://example.org/e2e-museum-${stamp}`);
  await page.getByLabel("Title", { exact: true }).fill(`E2E museum report ${stamp}`);
  await page.getByLabel("Publisher", { exact: true }).fill("E2E Gazette");
  await page.getByLabel(/^Published \(earliest\)/).fill("2015-09-01");
  await page.getByLabel(/^Published \(latest\)/).fill("2015-09-01");
  await page.getByLabel("Publication date precision").selectOption("EXACT_DAY");
  await page.getByLabel(/^Language/).fill("en");
  await page.getByLabel("Kind", { exact: true }).selectOption("NEWS_ARTICLE");
  await page.getByLabel(/^Accessed on/).fill("2015-09-02");
  await page.getByLabel("Exact quote").fill(quote);
}

test("an editor's report is reviewed, published, edited and restored", async ({ browser }) => {
  test.setTimeout(240_000);
  const editorContext = await browser.newContext({ storageState: ROLE_STATE.editor });
  const editor = await editorContext.newPage();
  await editor.goto("/admin/report");

  // Invalid input: a message next to the field, the typed values kept, nothing saved.
  await fillReport(editor, "2015-08-01");
  await editor.getByRole("button", { name: "Save draft" }).click();
  const latestError = editor.locator("#f-dateLatest-error");
  await expect(latestError).toHaveText("Latest date must not be before the earliest date.");
  await expect(editor.getByLabel(/^Latest date/)).toHaveAttribute("aria-describedby", /f-dateLatest-error/);
  await expect(editor.getByLabel("Description", { exact: true })).toHaveValue(description);

  await editor.getByLabel(/^Latest date/).fill("2015-09-01");
  await editor.getByRole("button", { name: "Save and send for review" }).click();
  // The museum's recorded damage (May 2015 to March 2016) meets this window: the form asks first.
  await expect(editor.getByTestId("form-status")).toContainText(/This monument already has (an event|\d+ events) in this window\./);
  await editor.getByRole("radio", { name: /^A new occurrence/ }).check();
  await editor.getByRole("button", { name: "Save and send for review" }).click();
  await expect(editor).toHaveURL(/\/admin\/events\/[^/?]+\?saved=2$/);
  await expect(editor.getByTestId("state").first()).toHaveText("in review");
  const eventUrl = editor.url().replace(/\?.*$/, "");

  // Not public yet: the museum's status is what the published record made it.
  const reader = await browser.newPage();
  await reader.goto("/monuments/palmyra-museum");
  await expect(reader.getByTestId("monument-status")).toHaveAttribute("data-status", "damaged");
  await expect(reader.getByText(description)).toHaveCount(0);
  await reader.goto("/sources");
  await expect(reader.getByText(`E2E museum report ${stamp}`)).toHaveCount(0);

  // The reviewer publishes it from the queue.
  const reviewerContext = await browser.newContext({ storageState: ROLE_STATE.reviewer });
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto("/admin/review");
  // The report's new source went to review with it. Ticking both must not be taken for a conflict:
  // publishing the event publishes its source first.
  await reviewer.getByRole("checkbox", { name: new RegExp(`Select Palmyra Museum: E2E: a reported blast`) }).check();
  await reviewer.getByRole("checkbox", { name: new RegExp(`Select E2E museum report ${stamp}`) }).check();
  await reviewer.getByRole("button", { name: "Publish selected" }).click();
  await expect(reviewer.getByTestId("form-status")).toHaveText("Published 2 records.");

  // Public now, with its quote shown as text, and the derived status changed.
  await reader.goto("/monuments/palmyra-museum");
  await expect(reader.getByTestId("monument-status")).toHaveAttribute("data-status", "severe");
  const event = reader.getByTestId("event").filter({ hasText: description });
  await expect(event.locator("blockquote")).toContainText("hit <script>window.__xss = 1</script> overnight");
  expect(await reader.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // Its citation exports with the accessed date the editor gave.
  const csl = (await (await reader.request.get(`/api/v1/citations?event=${eventUrl.split("/").pop()}&format=csl-json`)).json()) as { title: string; accessed?: { "date-parts": number[][] } }[];
  expect(csl.find((i) => i.title === `E2E museum report ${stamp}`)?.accessed).toEqual({ "date-parts": [[2015, 9, 2]] });

  // The reviewer corrects the description, reads the diff, and restores the published wording.
  await reviewer.goto(eventUrl);
  await expect(reviewer.getByTestId("state").first()).toHaveText("published");
  await reviewer.getByLabel("Description", { exact: true }).fill(`${description} (corrected)`);
  await reviewer.getByRole("button", { name: "Save and publish" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Saved (version 4)" })).toBeVisible();
  await reviewer.getByRole("link", { name: "History" }).click();
  const latest = reviewer.getByTestId("revision").first();
  await expect(latest).toContainText("Version 4 edited by Demo Reviewer");
  const row = latest.getByTestId("diff").getByRole("row", { name: /description/ });
  await expect(row.locator("del")).toHaveText(description);
  await expect(row.locator("ins")).toHaveText(`${description} (corrected)`);
  await expect(reviewer.getByTestId("revision").nth(1)).toContainText("Version 3 published by Demo Reviewer");
  await reviewer.getByRole("button", { name: "Restore version 3" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Restored: now version 5" })).toBeVisible();
  await expect(reviewer.getByTestId("revision").first()).toContainText("Version 5 restored by Demo Reviewer");

  await reader.goto("/monuments/palmyra-museum");
  await expect(reader.getByTestId("event").filter({ hasText: description })).not.toContainText("(corrected)");
  await Promise.all([editorContext.close(), reviewerContext.close()]);
});

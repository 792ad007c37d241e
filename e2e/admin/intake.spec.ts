import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { ROLE_STATE, withDb } from "./helpers";

// The article intake, from paste to public: an editor reads a two-monument article, keeps the
// suggestions and sends them for review in a handful of interactions; a reviewer publishes; a
// reader finds the accounts on the monuments' pages. Then the bad input it must survive.
const stamp = Date.now();
const publisher = `Intake Gazette ${stamp}`;
const article = [
  `Islamic State destroys two more Palmyra monuments ${stamp}`,
  "By Jane Roe",
  "Published 20 January 2017",
  "DAMASCUS (AFP) - Islamic State militants have blown up the Tetrapylon and the facade of the Roman Theatre in Palmyra, Syria's antiquities chief said on Friday.",
  `Satellite images show the Tetrapylon largely destroyed: only two of its 16 columns remain standing <script>window.__intake = 1</script> (${stamp}).`,
].join("\n\n");

test.use({ storageState: ROLE_STATE.editor });

test("a two-monument article goes from paste to review in a few interactions, then public once published", async ({ page, browser }) => {
  test.setTimeout(120_000);
  let interactions = 0;
  const act = async <T>(p: Promise<T>) => {
    interactions++;
    return p;
  };
  await act(page.goto("/admin/intake"));
  await act(page.getByLabel("Article text").fill(article));
  await act(page.getByRole("button", { name: "Read the article" }).click());
  const review = page.getByTestId("intake-review");
  await expect(review.getByTestId("mentions")).toContainText("Tetrapylon");
  await expect(review.getByTestId("mentions")).toContainText("Roman Theatre facade");
  await expect(review.getByLabel("Title")).toHaveValue(`Islamic State destroys two more Palmyra monuments ${stamp}`);
  await expect(review.getByLabel("Publication date")).toHaveValue("2017-01-20");
  await expect(review.getByLabel("Wire agency (optional)")).toHaveValue("AFP");
  const suggestions = review.getByTestId("suggestion");
  await expect(suggestions).toHaveCount(3);
  // The tetrapylon's January 2017 destruction is recorded: adding to it is the default.
  await expect(suggestions.first().getByRole("radio", { name: /Add this account to the event/ }).first()).toBeChecked();
  await act(review.getByLabel("Publisher").fill(publisher));
  await act(review.getByRole("button", { name: "Save and send for review" }).click());
  await expect(page).toHaveURL(/\/admin\/sources\/[^/?]+\?intake=review&claims=3$/);
  expect(interactions).toBeLessThanOrEqual(10);

  const rows = await withDb(async (c) =>
    (await c.query<{ id: string; state: string; sameAsId: string | null; slug: string }>(
      `SELECT e.id, e.state, e."sameAsId", m.slug FROM "DamageEvent" e JOIN "Monument" m ON m.id = e."monumentId" WHERE e.description LIKE $1 ORDER BY m.slug`,
      [`${publisher}%`],
    )).rows,
  );
  expect(rows.map((r) => [r.slug, r.state])).toEqual([["roman-theatre-facade", "IN_REVIEW"], ["tetrapylon", "IN_REVIEW"], ["tetrapylon", "IN_REVIEW"]]);
  expect(rows.filter((r) => r.slug === "tetrapylon").every((r) => r.sameAsId)).toBe(true);
  const checked = await withDb(async (c) => (await c.query<{ text: string }>(`SELECT t.text FROM "IntakeText" t JOIN "Source" s ON s.id = t."sourceId" WHERE s.publisher = $1`, [publisher])).rows);
  expect(checked).toHaveLength(1);
  expect(checked[0]!.text).toContain("only two of its 16 columns remain standing <script>");

  // The reviewer ticks the three claims and their source, and publishes them in one batch.
  const reviewer = await (await browser.newContext({ storageState: ROLE_STATE.reviewer })).newPage();
  await reviewer.goto("/admin/review");
  for (const box of await reviewer.getByRole("checkbox", { name: new RegExp(`Select .*${publisher}`) }).all()) await box.check();
  await reviewer.getByRole("button", { name: "Publish selected" }).click();
  await expect(reviewer.getByTestId("form-status")).toHaveText(/Published 4 records\./);

  const reader = await (await browser.newContext({ storageState: undefined })).newPage();
  await reader.goto("/monuments/tetrapylon");
  const event = reader.getByTestId("event").filter({ hasText: publisher }).first();
  await expect(event).toBeVisible();
  await reader.goto("/monuments/roman-theatre-facade");
  // Its own account, quoted from its own source (other accounts of the occurrence only link to it).
  await expect(reader.getByTestId("event").filter({ has: reader.getByTestId("citation").filter({ hasText: publisher }) })).toHaveCount(1);
  await reader.goto("/monuments/tetrapylon");
  await expect(reader.getByText(`only two of its 16 columns remain standing <script>window.__intake = 1</script> (${stamp})`).first()).toBeVisible();
  expect(await reader.evaluate(() => (window as unknown as { __intake?: number }).__intake)).toBeUndefined();
});

test("bad input: empty, 5 MB, no known monument, an unread language, an unreachable address", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/admin/intake");
  const read = page.getByRole("button", { name: "Read the article" });
  const error = page.getByTestId("intake-error");

  await read.click();
  await expect(error).toHaveText("Paste the article's text.");

  await page.getByLabel("Article text").fill("x".repeat(5 * 1024 * 1024));
  await read.click();
  await expect(error).toContainText("million characters", { timeout: 30_000 });

  await page.getByLabel("Article text").fill("The weather in Damascus was mild on Sunday, officials said, and the markets were busy.");
  await read.click();
  await expect(page.getByText(/No monument in the database is named in this text/)).toBeVisible();

  await page.getByLabel("Article text").fill("পালমিরার Tetrapylon ধ্বংস করা হয়েছে বলে জানিয়েছে ইউনেস্কো। স্যাটেলাইট ছবিতে দেখা গেছে যে স্তম্ভগুলো ভেঙে পড়েছে।");
  await read.click();
  await expect(page.getByText(/Bengali, which the assistant does not read/)).toBeVisible();

  await page.getByLabel("Fetch from its address").check();
  await page.getByLabel("Article address").fill("http://unreachable.invalid/palmyra");
  await read.click();
  await expect(error).toHaveText(/The server could not reach unreachable\.invalid/);
});

test("an uploaded page and a fetched page: metadata read, scripts never run", async ({ page }) => {
  const html = `<!doctype html><html lang="en"><head><meta property="og:site_name" content="Local Test Post"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Temple of Bel blown up ${stamp}","datePublished":"2015-08-31T10:00:00Z","publisher":{"name":"Local Test Post"}}</script></head>
<body onload="window.__page=1"><script>window.__page = 2</script><iframe src="https://ads.invalid"></iframe><article><p>Islamic State militants blew up the Temple of Bel on Sunday, a monitoring group said.<img src=x onerror="window.__page=3"></p></article></body></html>`;
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  try {
    await page.goto("/admin/intake");
    await page.getByLabel("Fetch from its address").check();
    await page.getByLabel("Article address").fill(`http://127.0.0.1:${(server.address() as AddressInfo).port}/bel`);
    await page.getByRole("button", { name: "Read the article" }).click();
    const review = page.getByTestId("intake-review");
    await expect(review.getByLabel("Title")).toHaveValue(`Temple of Bel blown up ${stamp}`);
    await expect(review.getByLabel("Publisher")).toHaveValue("Local Test Post");
    await expect(review.getByLabel("Publication date")).toHaveValue("2015-08-31");
    await expect(review.getByTestId("suggestion")).toHaveCount(1);
    await expect(review.getByTestId("passage")).toHaveText(/blew up the Temple of Bel on Sunday/);
    expect(await page.evaluate(() => (window as unknown as { __page?: number }).__page)).toBeUndefined();

    await page.getByLabel("Upload the saved page").check();
    await page.getByLabel("Saved page (.html)").setInputFiles({ name: "bel.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await page.getByRole("button", { name: "Read the article" }).click();
    await expect(page.getByTestId("intake-review").getByLabel("Title")).toHaveValue(`Temple of Bel blown up ${stamp}`);
  } finally {
    server.close();
  }
});

test("a paste with the address it was copied from: the publisher recorded for that site is suggested", async ({ page }) => {
  await page.goto("/admin/intake");
  await page.getByLabel("Article text").fill(article);
  await page.getByLabel("Copied from (address, optional)").fill("not an address");
  await page.getByRole("button", { name: "Read the article" }).click();
  await expect(page.getByTestId("intake-error")).toHaveText("The address must be a web address starting with http:// or https://.");
  // A refused read keeps what was pasted.
  await expect(page.getByLabel("Article text")).toHaveValue(article);

  const address = `https://www.reuters.com/article/us-mideast-crisis-palmyra-${stamp}`;
  await page.getByLabel("Copied from (address, optional)").fill(address);
  await page.getByRole("button", { name: "Read the article" }).click();
  const review = page.getByTestId("intake-review");
  await expect(review.getByLabel("Publisher")).toHaveValue("Reuters");
  await expect(review.getByLabel("Canonical URL (optional)")).toHaveValue(address);
});

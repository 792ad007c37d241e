import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse as parseCsv } from "csv-parse/sync";

// Exports of pages that hold the whole record: downloads and parsing take time on two busy cores.
test.describe.configure({ timeout: 150_000 });

// What a report writer does: open a monument, download its citations, copy a bibliography;
// tick events and sources across pages and export the basket. The expected sources are read
// from the page itself (the links to each cited source), so the test follows the data.

async function citedOnPage(page: Page) {
  // One read of the page: a long monument page quotes some sixty passages.
  const cited = await page.getByTestId("citation").locator("figcaption").evaluateAll((captions) =>
    captions.map((c) => ({
      slug: c.querySelector('a[href^="/sources/"]')!.getAttribute("href")!.replace("/sources/", ""),
      title: (c.querySelector("a[rel], cite") as HTMLElement).innerText.trim(),
    })),
  );
  return { slugs: [...new Set(cited.map((c) => c.slug))].sort(), titles: [...new Set(cited.map((c) => c.title))].sort() };
}

/** The readable citation keys (lib/citations/keys.ts) of these sources, from the CSL-JSON export. */
async function keysOf(page: Page, slugs: string[]): Promise<string[]> {
  const items = (await (await page.request.get(`/api/v1/citations?source=${slugs.join(",")}&format=csl-json`)).json()) as { id: string; "citation-key": string }[];
  expect(items.map((i) => i.id).sort()).toEqual(slugs);
  return items.map((i) => i["citation-key"]).sort();
}

/** The citation keys of a BibTeX file, sorted (the @comment header is not an entry). */
const bibtexKeys = (bib: string) => [...bib.matchAll(/^@(?!comment)\w+\{([^,]+),/gm)].map((m) => m[1]).sort();

async function download(page: Page, menu: ReturnType<Page["getByTestId"]>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), menu.getByRole("link", { name, exact: true }).click()]);
  return fs.readFileSync((await file.path())!, "utf8");
}

for (const slug of ["temple-of-bel", "roman-theatre"]) {
  test(`${slug}: BibTeX, RIS, CSL-JSON and copied APA hold exactly the sources cited on the page`, async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`/monuments/${slug}`);
    const cited = await citedOnPage(page);
    expect(cited.slugs.length).toBeGreaterThan(0);
    const menu = page.getByTestId("export-menu");
    await menu.getByText("Cite the sources on this page").click();

    const bib = await download(page, menu, "BibTeX");
    expect(bibtexKeys(bib)).toEqual(await keysOf(page, cited.slugs));

    const ris = await download(page, menu, "RIS");
    expect([...ris.matchAll(/^TI {2}- (.*)$/gm)].map((m) => m[1]!.trim()).sort()).toEqual(cited.titles);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(cited.slugs.length);

    const csl = JSON.parse(await download(page, menu, "CSL-JSON")) as { id: string; title: string; publisher: string }[];
    expect(csl.map((i) => i.id).sort()).toEqual(cited.slugs);
    expect(csl.map((i) => i.title).sort()).toEqual(cited.titles);

    await menu.getByRole("button", { name: "Copy APA" }).click();
    await expect(menu.getByTestId("copy-status")).toContainText(`Copied ${cited.slugs.length} APA citation`);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // APA typesets the punctuation of a title ("Syria's" → "Syria’s", a full stop moves inside a
    // closing quote): compare the words.
    const plain = (s: string) => s.replace(/[^\p{L}\p{N}\n]+/gu, " ");
    const entries = plain(copied).trim().split("\n");
    expect(entries).toHaveLength(cited.slugs.length);
    for (const item of csl) expect(entries.filter((e) => e.includes(plain(item.title).trim())), item.title).toHaveLength(1);
  });
}

test("the CSV download round-trips through a CSV parser", async ({ page }) => {
  await page.goto("/monuments/roman-theatre");
  const menu = page.getByTestId("export-menu");
  await menu.getByText("Cite the sources on this page").click();
  const csv = await download(page, menu, "CSV");
  const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.key).sort()).toEqual(await keysOf(page, (await citedOnPage(page)).slugs));
});

test("the report basket keeps events and sources across pages and exports their union", async ({ page }) => {
  await page.goto("/monuments/temple-of-bel");
  await page.waitForLoadState("networkidle"); // the basket buttons work once the page is interactive
  const event = page.getByTestId("event").first();
  const eventSources = new Set<string>();
  for (const link of await event.getByRole("link", { name: "all claims from this source" }).all()) eventSources.add((await link.getAttribute("href"))!.replace("/sources/", ""));
  await event.getByRole("button", { name: "Add to report basket" }).click();
  await expect(event.getByTestId("basket-toggle")).toHaveAttribute("aria-pressed", "true");

  await page.goto("/sources");
  await page.getByRole("link", { name: "Syrian government forces enter Palmyra as IS warns inhabitants to flee" }).click();
  await expect(page).toHaveURL(/\/sources\/mee-2016-03-syrian-forces-enter-palmyra$/);
  await page.getByRole("button", { name: "Add to report basket" }).click();
  await expect(page.getByTestId("basket-toggle")).toContainText("✓ In report basket");

  // Back on the first page (a full load): the tick is remembered.
  await page.goto("/monuments/temple-of-bel");
  await expect(page.getByTestId("event").first().getByTestId("basket-toggle")).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Report basket" }).click();
  const items = page.getByTestId("basket-item");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("Temple of Bel:");
  const menu = page.getByTestId("export-menu");
  const csl = JSON.parse(await download(page, menu, "CSL-JSON")) as { id: string }[];
  expect(csl.map((i) => i.id).sort()).toEqual([...eventSources, "mee-2016-03-syrian-forces-enter-palmyra"].sort());

  await items.filter({ hasText: "Syrian government forces" }).getByRole("button", { name: /Remove/ }).click();
  await expect(items).toHaveCount(1);
  const after = JSON.parse(await download(page, menu, "CSL-JSON")) as { id: string }[];
  expect(after.map((i) => i.id).sort()).toEqual([...eventSources].sort());
  await page.getByRole("button", { name: "Empty the basket" }).click();
  await expect(page.getByTestId("basket-empty")).toBeVisible();
});

for (const query of ["", "?monument=monumental-arch", "?method=EXPLOSIVES&from=2015-08-01&to=2015-09-30"]) {
  test(`the events list${query || " unfiltered"} cites exactly the sources of the events it holds`, async ({ page }) => {
    // "Cite" covers every page of the list: show them all on one page to compare.
    await page.goto(`/events${query}${query ? "&" : "?"}limit=200`);
    await expect(page.getByTestId("pager-status")).not.toContainText("page 1 of");
    const cited = await citedOnPage(page);
    expect(cited.slugs.length).toBeGreaterThan(0);
    const menu = page.getByTestId("export-menu");
    await menu.getByText("Cite the sources of these events").click();
    const bib = await download(page, menu, "BibTeX");
    expect(bibtexKeys(bib)).toEqual(await keysOf(page, cited.slugs));
    const csl = JSON.parse(await download(page, menu, "CSL-JSON")) as { title: string }[];
    expect(csl.map((i) => i.title).sort()).toEqual(cited.titles);
  });
}

test("one event's menu cites that event's sources: three formats before it is opened, every format once it is", async ({ page }) => {
  await page.goto("/monuments/tetrapylon");
  const event = page.getByTestId("event").first();
  const cited = [...new Set(await event.getByTestId("citation").locator('figcaption a[href^="/sources/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!.replace("/sources/", ""))))].sort();
  const menu = event.getByTestId("event-export-menu");
  // The page's HTML carries only the three file formats for each event (the full menu is drawn on opening).
  const html = await (await page.request.get("/monuments/tetrapylon")).text();
  const first = html.indexOf('data-testid="event-export-menu"');
  expect(html.slice(first, html.indexOf("</details>", first))).not.toContain("format=apa");
  await menu.locator("summary").click();
  await expect(menu.getByRole("link", { name: "BibTeX", exact: true })).toBeVisible();
  await expect(menu.getByRole("button", { name: /APA/ })).toBeVisible();
  const bib = await download(page, menu, "BibTeX");
  expect(bibtexKeys(bib)).toEqual(await keysOf(page, cited));
});

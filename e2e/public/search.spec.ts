import { expect, test } from "@playwright/test";

// The database finds the search's candidates by word (full text, migration 20261206120000_search_words)
// and lib/search.ts ranks them: a word written next to punctuation, with the Arabic article, with
// hamza, taa marbuta or shadda in the source must still be found by its plain form.
const FOUND: [query: string, monument: string, fragment: string][] = [
  // “unfortunately shows …”: after a curly quotation mark.
  ["Unfortunately", "temple-of-bel", "“unfortunately shows the destruction"],
  // “عبوات ناسفة، …”: taa marbuta, followed by an Arabic comma.
  ["ناسفة", "monumental-arch", "عبوات ناسفة"],
  // “الأثري، …”: the article, hamza on alef and an Arabic comma, asked without them (with “ناسفة”, so the answer is that one quote).
  ["اثري ناسفه", "monumental-arch", "القوس الأثري"],
  // “مسلحي داعش دمّروا”: after a curly quotation mark, shadda in the source, asked without it.
  ["مسلحي داعش دمروا", "roman-theatre-facade", "مسلحي داعش دمّروا"],
];

for (const [query, monument, fragment] of FOUND) {
  test(`search finds “${query}” in a quoted passage written “${fragment}”`, async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    const events = page.getByTestId("search-events").getByTestId("event");
    const match = events.filter({ hasText: fragment });
    await expect(match.first()).toBeVisible();
    await expect(match.first().locator(`a[href^='/monuments/${monument}']`).first()).toBeVisible();
  });
}

test("a word matches from its start, not inside another word", async ({ page }) => {
  // “fortunately” is inside “unfortunately” only: free text matches words from their start.
  await page.goto("/search?q=fortunately");
  await expect(page.getByTestId("search-events").getByTestId("event").filter({ hasText: "“unfortunately shows the destruction" })).toHaveCount(0);
});

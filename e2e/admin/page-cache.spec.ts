import { expect, test } from "@playwright/test";
import { ROLE_STATE, saveDescription, withDb } from "./helpers";

// The production server repeats Next's cached pages from its own response cache
// (scripts/page-cache.mjs). A reader must still see an edit on the very next visit.

test.use({ storageState: ROLE_STATE.reviewer });

const PAGE = "/monuments/tetrapylon";

test("a cached monument page is served again from the response cache, and an edit shows on the next visit", async ({ page, request }) => {
  // Earlier specs' edits leave Next re-rendering its copy: once Next answers from its cache, the
  // next request is answered from ours, with the same page.
  await expect.poll(async () => (await request.get(PAGE)).headers()["x-nextjs-cache"]).toBe("HIT");
  const again = await request.get(PAGE);
  expect(again.headers()["x-page-cache"]).toBe("HIT");
  // Another Accept-Encoding is another cache key: this one is Next's own answer.
  const fromNext = await request.get(PAGE, { headers: { "accept-encoding": "identity" } });
  expect(fromNext.headers()["x-page-cache"]).toBeUndefined();
  expect(await again.text()).toBe(await fromNext.text());
  // The client router's requests are Next's own to answer: never from this cache.
  const rsc = await request.get(PAGE, { headers: { rsc: "1" } });
  expect(rsc.headers()["x-page-cache"]).toBeUndefined();
  expect(rsc.headers()["content-type"]).toContain("text/x-component");

  const { id, description } = await withDb(async (c) => (await c.query(`SELECT id, description FROM "Monument" WHERE slug = 'tetrapylon'`)).rows[0] as { id: string; description: string });
  const edited = `${description} (Checked by the cache test.)`;
  const save = (text: string) => saveDescription(page, id, text);
  try {
    await save(edited);
    const after = await request.get(PAGE);
    expect(after.headers()["x-page-cache"]).toBeUndefined();
    expect(await after.text()).toContain("(Checked by the cache test.)");
    await page.goto(PAGE);
    await expect(page.getByText("(Checked by the cache test.)")).toBeVisible();
  } finally {
    await save(description);
  }
  const restored = await request.get(PAGE);
  expect(await restored.text()).not.toContain("(Checked by the cache test.)");
});

test("the JSON API is answered from the response cache too, and an edit shows in it on the next request", async ({ page, request }) => {
  // The change feed since a moment before the edit: empty, then naming the edited monument.
  const API = `/api/v1/changes?since=${new Date().toISOString()}`;
  // (Stored once the server knows the dataset stamp, unchanged since the answer was made.)
  await expect.poll(async () => (await request.get(API)).headers()["x-page-cache"]).toBe("HIT");
  const cached = await request.get(API);
  expect(cached.headers()["x-page-cache"]).toBe("HIT");
  const before = (await cached.json()).items as { id: string }[];
  // Rate-limit headers belong to each request: this one's, not the stored answer's.
  expect(Number(cached.headers()["ratelimit-remaining"])).toBeGreaterThanOrEqual(0);

  const { id, description } = await withDb(async (c) => (await c.query(`SELECT id, description FROM "Monument" WHERE slug = 'tetrapylon'`)).rows[0] as { id: string; description: string });
  expect(before.map((c) => c.id)).not.toContain(id);
  const save = (text: string) => saveDescription(page, id, text);
  try {
    await save(`${description} (Checked by the API cache test.)`);
    const after = await request.get(API);
    expect(after.headers()["x-page-cache"]).toBeUndefined();
    expect(((await after.json()).items as { id: string }[]).map((c) => c.id)).toContain(id);
  } finally {
    await save(description);
  }
});

test("the events list is answered from the response cache, per query, and an edit shows on the next visit", async ({ page, request }) => {
  const event = await withDb(async (c) =>
    (await c.query(`SELECT e.id, e.description, m.slug FROM "DamageEvent" e JOIN "Monument" m ON m.id = e."monumentId" WHERE e.state = 'PUBLISHED' AND e."archivedAt" IS NULL AND m.slug = 'tetrapylon' ORDER BY e."createdAt" LIMIT 1`)).rows[0] as { id: string; description: string; slug: string },
  );
  const LIST = `/ar/events?monument=${event.slug}`;
  await expect.poll(async () => (await request.get(LIST)).headers()["x-page-cache"]).toBe("HIT");
  const cached = await request.get(LIST);
  // Replayed with the header Next gives a per-request page: browsers keep nothing.
  expect(cached.headers()["cache-control"]).toContain("no-store");
  expect(await cached.text()).not.toContain("(Checked by the list cache test.)");
  // Another query is another page.
  expect((await request.get(`${LIST}&sort=date-desc`)).headers()["x-page-cache"]).toBeUndefined();

  const save = async (text: string) => {
    await page.goto(`/admin/events/${event.id}`);
    await page.getByLabel("Description", { exact: true }).fill(text);
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect(page).toHaveURL(/\?saved=\d+$/);
  };
  try {
    await save(`${event.description} (Checked by the list cache test.)`);
    const after = await request.get(LIST);
    expect(after.headers()["x-page-cache"]).toBeUndefined();
    expect(await after.text()).toContain("(Checked by the list cache test.)");
  } finally {
    await save(event.description);
  }
});

import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ROLE_STATE, withDb } from "./helpers";

// Derived status is stored (MonumentStatus) so that lists read one row per monument. It must agree
// with the status the monument page derives from the claims, stay current after a save (derived in
// the save's own transaction), and catch up with a write made outside the app (noted by triggers).

test.use({ storageState: ROLE_STATE.reviewer });

type Row = { slug: string; status: string | null };
const publicStatuses = () =>
  withDb(async (c) =>
    (
      await c.query<Row>(
        `SELECT m.slug, s.status FROM "Monument" m LEFT JOIN "MonumentStatus" s ON s."monumentId" = m.id
         WHERE m.state = 'PUBLISHED' AND m."archivedAt" IS NULL ORDER BY m.slug`,
      )
    ).rows,
  );
const staleCount = () => withDb(async (c) => Number((await c.query(`SELECT count(*) FROM "MonumentStatusStale"`)).rows[0].count));

test("the stored status of every public monument is the one its page derives from the claims", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/monuments");
  const rows = await publicStatuses();
  expect(rows.length).toBeGreaterThanOrEqual(13);
  // Palmyra's record has destroyed, damaged, contested and unknown monuments among them.
  expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThan(2);
  for (const row of rows) {
    await page.goto(`/monuments/${row.slug}`);
    await expect(page.getByTestId("monument-status"), row.slug).toHaveAttribute("data-status", row.status ?? "missing");
  }
});

test("a write outside the app is caught up on the next read; a save through the app is derived before it commits", async ({ page, request }) => {
  try {
    await outsideThenThroughTheApp(page, request);
  } finally {
    // Leave the record as the other specs expect it: the test monument goes, and its status row with it.
    await withDb(async (c) => {
      await c.query(`DELETE FROM "Revision" WHERE "entityId" LIKE 'derived%'`);
      await c.query(`DELETE FROM "DamageEvent" WHERE id LIKE 'derived%'`);
      await c.query(`DELETE FROM "Monument" WHERE id LIKE 'derived%'`);
    });
    await request.get("/api/v1/monuments?limit=1");
  }
});

async function outsideThenThroughTheApp(page: Page, request: APIRequestContext) {
  const mark = `derived${Date.now()}`;
  const ids = { monument: `${mark}-monument`, event: `${mark}-event` };
  await withDb(async (c) => {
    const site = (await c.query(`SELECT "siteId" FROM "Monument" WHERE slug = 'temple-of-bel'`)).rows[0].siteId as string;
    await c.query(
      `INSERT INTO "Monument" (id, slug, "siteId", name, type, description, state, "updatedAt") VALUES ($1, $1, $2, $1, 'TEMPLE', $1, 'PUBLISHED', now())`,
      [ids.monument, site],
    );
    await c.query(
      `INSERT INTO "DamageEvent" (id, "monumentId", "datePrecision", method, confidence, extent, description, state, "updatedAt")
       VALUES ($1, $2, 'UNKNOWN', 'EXPLOSIVES', 'CONFIRMED', 'DESTROYED', $1, 'PUBLISHED', now())`,
      [ids.event, ids.monument],
    );
  });
  // Noted by the triggers, not yet derived.
  expect(await withDb(async (c) => (await c.query(`SELECT 1 FROM "MonumentStatusStale" WHERE "monumentId" = $1`, [ids.monument])).rowCount)).toBe(1);

  // The next list read derives it.
  const listed = await request.get(`/api/v1/monuments/${ids.monument}`);
  expect(listed.status()).toBe(200);
  expect(((await listed.json()) as { status: string }).status).toBe("destroyed");
  expect(await staleCount()).toBe(0);
  await page.goto(`/monuments/${ids.monument}`);
  await expect(page.getByTestId("monument-status")).toHaveAttribute("data-status", "destroyed");

  // A reviewer archives the claim: the stored status changes in the same save, before any page is read.
  await page.goto(`/admin/events/${ids.event}`);
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect.poll(() => withDb(async (c) => (await c.query(`SELECT "archivedAt" FROM "DamageEvent" WHERE id = $1`, [ids.event])).rows[0].archivedAt)).not.toBeNull();
  const stored = await withDb(async (c) => (await c.query(`SELECT status FROM "MonumentStatus" WHERE "monumentId" = $1`, [ids.monument])).rows[0]?.status);
  expect(stored).toBe("unknown");
  expect(await staleCount()).toBe(0);
  await page.goto(`/monuments/${ids.monument}`);
  await expect(page.getByTestId("monument-status")).toHaveAttribute("data-status", "unknown");
}

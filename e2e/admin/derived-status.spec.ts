import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ROLE_STATE, withDb } from "./helpers";

// Derived status is stored (MonumentStatus) so that lists read one row per monument. It must agree
// with the status the monument page derives from the claims, stay current after a save (derived in
// the save's own transaction), and catch up with a write made outside the app (noted by triggers).
// The disagreements of each account are stored beside it (EventDisagreement) and must agree with
// what lib/disagreements derives from the other accounts of its occurrence (the API's disagreements
// of each event), on /events and in the API's disagreement filter.

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

// A new address for every API read: the response cache may answer a repeated one for up to a second
// after a write made outside the app (it reads the dataset stamp at most once a second).
let reads = 0;
const fresh = () => `limit=${500 - (reads++ % 400)}`;

/**
 * Each published account's kinds of disagreement as the API derives them for every event it lists,
 * from the other accounts of its occurrence (lib/disagreements, not the stored rows).
 */
async function derivedDisagreements(request: APIRequestContext): Promise<{ total: number; derived: Map<string, string[]> }> {
  const res = await request.get(`/api/v1/events?${fresh()}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { total: number; items: { id: string; disagreements: string[] }[] };
  expect(body.items.length, "every published event on one page").toBe(body.total);
  return { total: body.total, derived: new Map(body.items.filter((e) => e.disagreements.length).map((e) => [e.id, [...e.disagreements].sort()])) };
}

/** The API's answer for a disagreement filter: how many, and which ids. */
async function apiDisagreeing(request: APIRequestContext, filter: string): Promise<{ total: number; ids: string[] }> {
  const res = await request.get(`/api/v1/events?disagreement=${filter}&${fresh()}`);
  expect(res.status(), filter).toBe(200);
  const body = (await res.json()) as { total: number; items: { id: string }[] };
  return { total: body.total, ids: body.items.map((e) => e.id).sort() };
}

/**
 * The API and /events count and list exactly the accounts lib/disagreements finds in disagreement,
 * and /events counts every published event the API lists (from the counts stored per monument).
 */
async function expectDisagreementsAsDerived(page: Page, request: APIRequestContext) {
  // A read brings what a write outside the app left stale up to date, before the rows are compared.
  const any = await apiDisagreeing(request, "any");
  const { total, derived } = await derivedDisagreements(request);
  const stored = await withDb(async (c) => (await c.query<{ eventId: string; kinds: string[] }>(`SELECT "eventId", kinds FROM "EventDisagreement"`)).rows);
  expect(new Map(stored.map((r) => [r.eventId, [...r.kinds].sort()]))).toEqual(derived);
  expect(any).toEqual({ total: derived.size, ids: [...derived.keys()].sort() });
  for (const kind of ["date", "extent", "method", "actor", "figure"]) {
    const ids = [...derived].filter(([, kinds]) => kinds.includes(kind)).map(([id]) => id).sort();
    expect(await apiDisagreeing(request, kind), kind).toEqual({ total: ids.length, ids });
  }
  // The list pages are kept by the same response cache as the API: read again until the stamp is read.
  await expect(async () => {
    await page.goto("/events");
    await expect(page.getByTestId("event-count")).toHaveText(`${total} of ${total} events`, { timeout: 500 });
    await expect(page.getByTestId("disagreement-count")).toHaveText(new RegExp(`^${derived.size} accounts? disagrees? `), { timeout: 500 });
    await page.goto("/events?disagreement=any");
    await expect(page.getByTestId("event-count")).toHaveText(`${derived.size} of ${total} events`, { timeout: 500 });
  }).toPass({ timeout: 5_000 });
  return derived;
}

test("the stored disagreements are those lib/disagreements derives, across monuments, after writes in and outside the app", async ({ page, request }) => {
  test.setTimeout(180_000);
  // Palmyra's record has accounts that disagree.
  expect((await expectDisagreementsAsDerived(page, request)).size).toBeGreaterThan(0);
  const mark = `derived${Date.now()}`;
  const ids = { first: `${mark}-m1`, second: `${mark}-m2`, told: `${mark}-told`, retold: `${mark}-retold` };
  try {
    // One occurrence told on two monuments (an account moved to another monument keeps its sameAsId),
    // by explosives on one and shelling on the other: written outside the app.
    await withDb(async (c) => {
      const site = (await c.query(`SELECT "siteId" FROM "Monument" WHERE slug = 'temple-of-bel'`)).rows[0].siteId as string;
      for (const id of [ids.first, ids.second]) {
        await c.query(`INSERT INTO "Monument" (id, slug, "siteId", name, type, description, state, "updatedAt") VALUES ($1, $1, $2, $1, 'TEMPLE', $1, 'PUBLISHED', now())`, [id, site]);
      }
      const insert = `INSERT INTO "DamageEvent" (id, "monumentId", "sameAsId", "datePrecision", method, confidence, extent, description, state, "updatedAt")
                      VALUES ($1, $2, $3, 'UNKNOWN', $4, 'CONFIRMED', 'DESTROYED', $1, 'PUBLISHED', now())`;
      await c.query(insert, [ids.told, ids.first, null, "EXPLOSIVES"]);
      await c.query(insert, [ids.retold, ids.second, ids.told, "SHELLING"]);
    });
    const methods = async () => (await apiDisagreeing(request, "method")).ids.filter((id) => id.startsWith(mark));
    expect(await methods()).toEqual([ids.retold, ids.told].sort());
    await expectDisagreementsAsDerived(page, request);

    // A reviewer archives the account on the second monument: the first monument's account no longer disagrees.
    await page.goto(`/admin/events/${ids.retold}`);
    await page.getByRole("button", { name: "Archive", exact: true }).click();
    await expect.poll(() => withDb(async (c) => (await c.query(`SELECT "archivedAt" FROM "DamageEvent" WHERE id = $1`, [ids.retold])).rows[0].archivedAt)).not.toBeNull();
    expect(await withDb(async (c) => (await c.query(`SELECT 1 FROM "EventDisagreement" WHERE "eventId" LIKE $1`, [`${mark}%`])).rowCount)).toBe(0);
    expect(await methods()).toEqual([]);

    // Back outside the app: restored, then deleted outright.
    await withDb((c) => c.query(`UPDATE "DamageEvent" SET "archivedAt" = NULL, "updatedAt" = now() WHERE id = $1`, [ids.retold]));
    expect(await methods()).toEqual([ids.retold, ids.told].sort());
    // The first monument is noted too: the deleted claim on the second one disagreed with its account.
    await withDb((c) => c.query(`DELETE FROM "DamageEvent" WHERE id = $1`, [ids.retold]));
    expect(await methods()).toEqual([]);
    await expectDisagreementsAsDerived(page, request);
  } finally {
    await withDb(async (c) => {
      await c.query(`DELETE FROM "Revision" WHERE "entityId" LIKE $1`, [`${mark}%`]);
      await c.query(`DELETE FROM "DamageEvent" WHERE id LIKE $1`, [`${mark}%`]);
      await c.query(`DELETE FROM "Monument" WHERE id LIKE $1`, [`${mark}%`]);
    });
    await request.get("/api/v1/events?disagreement=any&limit=1");
  }
});

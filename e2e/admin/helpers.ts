import { expect, type Page } from "@playwright/test";
import pg from "pg";

export const ROLE_STATE = {
  editor: "e2e/.auth/editor.json",
  reviewer: "e2e/.auth/reviewer.json",
  admin: "e2e/.auth/admin.json",
} as const;

/** The database the e2e server uses: `npm run test:e2e` runs Playwright inside the launcher, which sets it. */
export function databaseUrl() {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: run the e2e suite with `npm run test:e2e`.");
  return process.env.DATABASE_URL;
}

export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// Tables a sign-in or a page view may legitimately touch (a read derives statuses a write outside the app left stale).
const VOLATILE = new Set(["Session", "RateLimit", "Verification", "_prisma_migrations", "MonumentStatus", "MonumentStatusStale", "EventDisagreement"]);

/** One hash per table of every row's content: equal fingerprints mean nothing changed. */
export async function fingerprint(client: pg.Client): Promise<Record<string, string>> {
  const { rows } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
  const out: Record<string, string> = {};
  for (const { tablename } of rows) {
    if (VOLATILE.has(tablename)) continue;
    const r = await client.query<{ n: string; h: string | null }>(
      `SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${tablename}" t`,
    );
    out[tablename] = `${r.rows[0]!.n}:${r.rows[0]!.h ?? ""}`;
  }
  return out;
}

/** A draft damage event on the castle, made through its form; returns its admin page's address. */
export async function createDraftEvent(page: Page, description: string) {
  await page.goto("/admin/events/new");
  await page.getByLabel("Monument", { exact: true }).selectOption({ label: "Palmyra Castle" });
  await page.getByLabel("Date precision", { exact: true }).selectOption("UNKNOWN");
  await page.getByLabel("Method").selectOption("SHELLING");
  await page.getByLabel("Confidence").selectOption("REPORTED");
  await page.getByLabel("Description", { exact: true }).fill(description);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/events\/[^/?]+\?saved=1$/);
  return page.url().replace(/\?.*$/, "");
}

/** Save a monument's description through its admin form (origin: another server than the suite's, or ""). */
export async function saveDescription(page: Page, id: string, text: string, origin = "") {
  await page.goto(`${origin}/admin/monuments/${id}`);
  await page.getByLabel("Description").fill(text);
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page).toHaveURL(/\?saved=\d+$/);
}

import { expect, test } from "@playwright/test";
import { startServer, sparePort, type AppServer } from "../server-process";
import { ROLE_STATE, saveDescription, withDb } from "./helpers";

// Issue 12, finding 1: after a restart (or a crash) the cached public pages went back to the last
// copy Next had written to disk, for up to an hour, while /events and the API showed the edits.
// A second server on the same database, with the suite's own server as the first, shows that an
// edit made on one server is what the other one serves, too.

test.use({ storageState: ROLE_STATE.reviewer });

const SLUG = "monumental-arch";
const MARK = `(Edited before the crash ${Date.now()}.)`;

test("an edit made just before a kill -9 is on every cached page after the restart, and on the other server", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const { id, description } = await withDb(async (c) => (await c.query(`SELECT id, description FROM "Monument" WHERE slug = $1`, [SLUG])).rows[0] as { id: string; description: string });
  let server: AppServer | undefined = await startServer(sparePort(2));
  try {
    // (/monuments is paged by its query string and renders per request: nothing of it is cached.)
    const pages = ["/", `/monuments/${SLUG}`];
    // The pages are cached on this server (and written to disk by Next) before the edit.
    // (A first visit renders the page; on a busy machine that takes seconds.)
    for (const path of pages) await expect.poll(async () => (await request.get(`${server!.url}${path}`)).headers()["x-nextjs-cache"], { timeout: 30_000 }).toBe("HIT");

    await saveDescription(page, id, `${description} ${MARK}`, server.url);
    // Nobody reads the page on this server before it dies.
    await server.stop("SIGKILL");
    server = await startServer(sparePort(2));

    const monument = await request.get(`${server.url}/monuments/${SLUG}`);
    expect(await monument.text()).toContain(MARK);
    // And again, now from the cache: still the edited page.
    const again = await request.get(`${server.url}/monuments/${SLUG}`);
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await again.text()).toContain(MARK);
    // The suite's own server never heard of the edit (another process): it shows it too.
    await expect.poll(async () => (await request.get(`${baseURL}/monuments/${SLUG}`)).text(), { timeout: 15_000 }).toContain(MARK);

    // The other way round: an edit on the suite's server shows on this one within a second or two.
    await saveDescription(page, id, description, baseURL!);
    await expect.poll(async () => (await request.get(`${server!.url}/monuments/${SLUG}`)).text(), { timeout: 15_000 }).not.toContain(MARK);
    await page.goto(`${server.url}/monuments/${SLUG}`);
    await expect(page.getByText(MARK)).toHaveCount(0);
  } finally {
    await server?.stop();
    await withDb((c) => c.query(`UPDATE "Monument" SET description = $2 WHERE id = $1 AND description <> $2`, [id, description]));
  }
});

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { startServer, sparePort } from "../server-process";
import { callAction, serverActionsInBuild } from "./server-actions";

// Issue 12's bar: a kill -9 during a burst of writes loses no acknowledged save, leaves nothing
// half-saved, and after the restart the database opens and the public pages show every save.
// On the embedded database the whole `npm start` process group dies (PGlite with it) and restarts
// on the same data directory; on PostgreSQL the app server dies and the database stays up.

const embedded = process.env.HERITAGE_EMBEDDED === "1";
const port = sparePort(3);
const url = `http://127.0.0.1:${port}`;

type App = { url: string; databaseUrl: string; kill(): Promise<void>; output(): string };

/** `npm start` on a data directory of its own, without building (the suite's build is reused). */
async function startEmbedded(dataDir: string): Promise<App> {
  await expect(fetch(`${url}/`), `port ${port} must be free`).rejects.toThrow();
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir, PORT: String(port), SKIP_BUILD: "1", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e", NEXT_TELEMETRY_DISABLED: "1", PATH: `${path.resolve("node_modules/.bin")}:${process.env.PATH}` };
  delete env.DATABASE_URL;
  delete env.HERITAGE_EMBEDDED;
  delete env.TRUSTED_PROXY;
  const child = spawn(process.execPath, ["scripts/with-db.mjs", "--", "node", "scripts/app.mjs", "start"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output}`);
    if (output.includes(`ready on ${url}`)) {
      // The launcher's own connection string: the app's environment holds it.
      return { url, databaseUrl: await databaseUrlOf(child.pid!), kill: () => killGroup(child.pid!, child), output: () => output };
    }
    if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** The DATABASE_URL the launcher gave its command (read from a child's environment, Linux /proc). */
async function databaseUrlOf(pid: number): Promise<string> {
  const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/);
  for (const c of children) {
    const env = fs.readFileSync(`/proc/${c}/environ`, "utf8").split("\0").find((e) => e.startsWith("DATABASE_URL="));
    if (env) return env.slice("DATABASE_URL=".length);
  }
  throw new Error("no DATABASE_URL found in the launcher's children");
}

function killGroup(pid: number, child: { exitCode: number | null; once(e: "exit", f: () => void): void }) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => setTimeout(resolve, 500));
    process.kill(-pid, "SIGKILL");
  });
}

async function startOnPostgres(): Promise<App> {
  const server = await startServer(port);
  return { url: server.url, databaseUrl: process.env.DATABASE_URL!, kill: () => server.stop("SIGKILL"), output: server.output };
}

async function query<T>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

type EventRow = { id: string; version: number; monumentId: string; slug: string; description: string; fields: Record<string, string> };

async function publishedEvents(databaseUrl: string): Promise<EventRow[]> {
  const rows = await query<Record<string, string | number | null>>(
    databaseUrl,
    `SELECT e.id, e.version, e."monumentId", m.slug, e.description, to_char(e."dateEarliest", 'YYYY-MM-DD') AS "dateEarliest",
            to_char(e."dateLatest", 'YYYY-MM-DD') AS "dateLatest", e."datePrecision", e."dateText", e.method, e.extent, e."actorId",
            e.attribution, e.confidence
       FROM "DamageEvent" e JOIN "Monument" m ON m.id = e."monumentId"
      WHERE e.state = 'PUBLISHED' AND e."archivedAt" IS NULL AND m.state = 'PUBLISHED' ORDER BY e.id LIMIT 4`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    version: Number(r.version),
    monumentId: String(r.monumentId),
    slug: String(r.slug),
    description: String(r.description),
    fields: Object.fromEntries(Object.entries(r).filter(([k]) => !["slug", "description"].includes(k)).map(([k, v]) => [k, v === null ? "" : String(v)])),
  }));
}

async function signIn(request: APIRequestContext, base: string) {
  const res = await request.post(`${base}/api/auth/sign-in/email`, { headers: { Origin: base }, data: { email: "reviewer@heritage.local", password: "heritage-demo" } });
  expect(res.status()).toBe(200);
}

test("kill -9 during a burst of saves: after the restart every acknowledged save is there and public", async ({ playwright }) => {
  test.setTimeout(300_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "heritage-durability-"));
  const start = () => (embedded ? startEmbedded(dataDir) : startOnPostgres());
  let app = await start();
  const original = await publishedEvents(app.databaseUrl);
  expect(original.length).toBeGreaterThan(1);
  const action = serverActionsInBuild().find((a) => a.name === "saveDamageEvent")!;
  try {
    let request = await playwright.request.newContext({ baseURL: app.url });
    if (embedded) await signIn(request, app.url);
    else {
      await request.dispose();
      request = await playwright.request.newContext({ baseURL: app.url, storageState: "e2e/.auth/reviewer.json" });
    }
    const tag = `durability-${Date.now()}`;
    const acknowledged = new Map<string, number>(); // event id → last save the server confirmed
    let stop = false;
    let failure: Error | undefined;
    // One chain of saves per event, all chains at once; each save names the version it read.
    const chains = original.map(async (e) => {
      let version = e.version;
      for (let i = 1; !stop; i++) {
        const res = await callAction(request, { ...action, page: `/admin/events/${e.id}` }, { ...e.fields, version: String(version), description: `${e.description} [${tag} ${i}]` }).catch(() => null);
        if (!res) return; // the server died under this request
        const saved = /\?saved=(\d+)/.exec(res.location);
        if (!saved) {
          failure ??= new Error(`save not acknowledged: ${res.status} ${res.body.slice(0, 300)}\n${app.output().slice(-3000)}`);
          stop = true;
          return;
        }
        acknowledged.set(e.id, i);
        version = Number(saved[1]);
      }
    });
    await expect.poll(() => (failure ? Infinity : [...acknowledged.values()].reduce((a, b) => a + b, 0)), { timeout: 60_000 }).toBeGreaterThanOrEqual(12);
    if (failure) throw failure;
    await app.kill();
    stop = true;
    await Promise.all(chains);
    await request.dispose();

    app = await start();
    const after = await publishedEvents(app.databaseUrl);
    for (const e of original) {
      const now = after.find((a) => a.id === e.id)!;
      const last = acknowledged.get(e.id) ?? 0;
      const m = new RegExp(`\\[${tag} (\\d+)\\]$`).exec(now.description);
      // Every acknowledged save is there (a save in flight at the kill may be there too, whole).
      expect(m ? Number(m[1]) : 0, `event ${e.id}`).toBeGreaterThanOrEqual(last);
      if (m) expect(now.description).toBe(`${e.description} [${tag} ${m[1]}]`);
      // Its history is whole: one revision per version.
      const [history] = await query<{ revisions: number }>(app.databaseUrl, `SELECT count(*)::int AS revisions FROM "Revision" WHERE "entityId" = $1 AND version > $2`, [e.id, e.version]);
      expect(history!.revisions, `revisions of ${e.id}`).toBe(now.version - e.version);
      // The public pages show it: the monument's cached page and the events list.
      const page = await (await fetch(`${app.url}/monuments/${now.slug}`)).text();
      // The events list is paged: the monument's filter shows all of its events on one page.
      const events = await (await fetch(`${app.url}/events?monument=${now.slug}&limit=200`)).text();
      if (m) {
        expect(page, `/monuments/${now.slug}`).toContain(`[${tag} ${m[1]}]`);
        expect(events, "/events").toContain(`[${tag} ${m[1]}]`);
      }
    }
  } finally {
    if (!embedded) for (const e of original) await query(app.databaseUrl, `UPDATE "DamageEvent" SET description = $2 WHERE id = $1`, [e.id, e.description]);
    await app.kill();
    // The launcher died by SIGKILL: its lock and control socket beside the directory stay behind.
    for (const f of [dataDir, `${dataDir}.lock`, `${dataDir}.sock`]) fs.rmSync(f, { recursive: true, force: true });
  }
});

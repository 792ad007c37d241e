import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The restore drill: a backup taken while the launcher serves the database (and a client writes
// to it) restores into a database that opens and holds exactly what was committed at the backup.
const scripts = import.meta.dirname;

function envFor(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dir };
  delete env.DATABASE_URL;
  return env;
}

const sql = (q: string) =>
  `const pg=await import('pg');const c=new pg.default.Client(process.env.DATABASE_URL);await c.connect();const r=await c.query(${JSON.stringify(q)});console.log(JSON.stringify(r.rows));await c.end()`;

/** Runs one SQL statement through the launcher (which opens the directory for the command). */
function query(dir: string, q: string) {
  const r = spawnSync(process.execPath, [path.join(scripts, "with-db.mjs"), "--", process.execPath, "--input-type=module", "-e", sql(q)], { env: envFor(dir), encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

const npmScript = (name: string, dir: string, args: string[]) =>
  spawnSync(process.execPath, [path.join(scripts, name), ...args], { env: envFor(dir), encoding: "utf8" });

describe("db:backup and db:restore (embedded database)", () => {
  it("backs up while the database is served and written to, and restores what was committed at that moment", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "db-backup-"));
    const dir = path.join(root, "pglite");
    const file = path.join(root, "backup.tar.gz");
    query(dir, "create table t(v text); insert into t values ('before the backup')");

    // A running owner: a client that keeps a connection open and inserts a row every few ms.
    const writer = `const pg=await import('pg');const c=new pg.default.Client(process.env.DATABASE_URL);await c.connect();console.log('ready');let i=0;
      const tick=setInterval(()=>c.query("insert into t values ('busy "+(i++)+"')"),5);process.stdin.on('end',async()=>{clearInterval(tick);await c.end()});process.stdin.resume()`;
    const owner = spawn(process.execPath, [path.join(scripts, "with-db.mjs"), "--", process.execPath, "--input-type=module", "-e", writer], { env: envFor(dir) });
    let out = "";
    owner.stdout.on("data", (d) => (out += d));
    owner.stderr.on("data", (d) => (out += d));
    await expect.poll(() => out, { timeout: 60_000 }).toContain("ready");

    const backup = npmScript("db-backup.mjs", dir, [file]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/taken while process \d+ served the database/);

    // Restore refuses while the app runs: it would pull the database from under it.
    const refused = npmScript("db-restore.mjs", dir, [file]);
    expect(refused.status).toBe(75);
    expect(refused.stderr).toContain("stop the app first");

    owner.stdin.end();
    await new Promise((r) => owner.on("exit", r));
    query(dir, "insert into t values ('after the backup')");
    const busyBefore = JSON.parse(query(dir, "select count(*)::int as n from t where v like 'busy%'"))[0].n as number;

    const restored = npmScript("db-restore.mjs", dir, [file]);
    expect(restored.status, restored.stderr).toBe(0);
    const rows = JSON.parse(query(dir, "select v from t")) as { v: string }[];
    const values = rows.map((r) => r.v);
    expect(values).toContain("before the backup");
    expect(values).not.toContain("after the backup");
    // Rows committed while the copy was taken are whole: some of the busy writer's, not all of them.
    expect(values.filter((v) => v.startsWith("busy")).length).toBeLessThanOrEqual(busyBefore);
    // The database it replaced is kept beside it.
    expect(fs.readdirSync(root).some((f) => f.startsWith("pglite.before-restore-"))).toBe(true);
  }, 120_000);

  it("points PostgreSQL users to pg_dump", () => {
    const r = spawnSync(process.execPath, [path.join(scripts, "db-backup.mjs")], { env: { ...process.env, DATABASE_URL: "postgresql://x@127.0.0.1/x" }, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("pg_dump");
  });
});

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The launcher must own a PGlite data directory alone: a second owner would corrupt it.
const launcher = path.resolve(import.meta.dirname, "with-db.mjs");

function launch(dir: string, command: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [launcher, "--", ...command], { env });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, output })),
  );
  return { child, done, output: () => output };
}

describe("scripts/with-db.mjs", () => {
  it("serves the embedded database, refuses a second owner, and releases the lock on exit", async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "with-db-")), "pglite");
    // The first owner prints its DATABASE_URL and then waits for its stdin to close.
    const first = launch(dir, [process.execPath, "-e", "console.log('URL', process.env.DATABASE_URL); process.stdin.resume()"]);
    await expect.poll(first.output, { timeout: 20_000 }).toMatch(/URL postgresql:\/\/.*@127\.0\.0\.1:\d+\/postgres/);

    const second = await launch(dir, [process.execPath, "-e", "console.log('should not run')"]).done;
    expect(second.code).toBe(75);
    expect(second.output).toContain(`is in use by process ${first.child.pid}`);
    expect(second.output).not.toContain("should not run");

    first.child.stdin.end();
    expect((await first.done).code).toBe(0);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);

    // Data written by one run is there for the next.
    const sql = (q: string) =>
      `const pg=await import('pg');const c=new pg.default.Client(process.env.DATABASE_URL);await c.connect();const r=await c.query(${JSON.stringify(q)});console.log(JSON.stringify(r.rows));await c.end()`;
    const write = await launch(dir, [process.execPath, "--input-type=module", "-e", sql("create table t(v text); insert into t values ('kept')")]).done;
    expect(write.code).toBe(0);
    const read = await launch(dir, [process.execPath, "--input-type=module", "-e", sql("select v from t")]).done;
    expect(read.output).toContain('[{"v":"kept"}]');
  }, 90_000);
});

import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The launcher must own a PGlite data directory alone: a second owner would corrupt it.
const launcher = path.resolve(import.meta.dirname, "with-db.mjs");

function launch(dir: string, command: string[], flags: string[] = []) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [launcher, ...flags, "--", ...command], { env });
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
    await expect.poll(first.output, { timeout: 60_000 }).toMatch(/URL postgresql:\/\/.*@127\.0\.0\.1:\d+\/postgres/);

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
  }, 150_000);
});

// The PostgreSQL wire protocol, just enough to send an extended-protocol query in pieces.
const msg = (type: string, body: Buffer) => Buffer.concat([Buffer.from(type), int32(body.length + 4), body]);
const int32 = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const int16 = (n: number) => Buffer.from([(n >>> 8) & 255, n & 255]);
const cstr = (s: string) => Buffer.from(`${s}\0`);
const parse = (sql: string) => msg("P", Buffer.concat([cstr(""), cstr(sql), int16(0)]));
const bind = (values: string[]) =>
  msg("B", Buffer.concat([cstr(""), cstr(""), int16(0), int16(values.length), ...values.flatMap((v) => [int32(Buffer.byteLength(v)), Buffer.from(v)]), int16(0)]));
const execute = msg("E", Buffer.concat([cstr(""), int32(0)]));
const sync = msg("S", Buffer.alloc(0));

/** A raw connection that collects DataRow values and error messages until ReadyForQuery. */
async function rawConnection(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  let buffer = Buffer.alloc(0);
  let waiting: (() => void) | null = null;
  const result = { rows: [] as string[][], errors: [] as string[], ready: 0 };
  socket.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 5 && buffer.length >= 1 + buffer.readInt32BE(1)) {
      const type = String.fromCharCode(buffer[0]!);
      const body = buffer.subarray(5, 1 + buffer.readInt32BE(1));
      buffer = buffer.subarray(1 + buffer.readInt32BE(1));
      if (type === "D") {
        const row: string[] = [];
        for (let i = 0, at = 2; i < body.readInt16BE(0); i++) {
          const len = body.readInt32BE(at);
          row.push(body.subarray(at + 4, at + 4 + len).toString());
          at += 4 + len;
        }
        result.rows.push(row);
      }
      if (type === "E") result.errors.push(body.toString().split("\0").find((f) => f.startsWith("M"))!.slice(1));
      if (type === "Z") {
        result.ready++;
        waiting?.();
      }
    }
  });
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  const untilReady = (n: number) =>
    new Promise<void>((resolve) => {
      const check = () => (result.ready >= n ? resolve() : (waiting = check));
      check();
    });
  const startup = Buffer.concat([int32(196608), cstr("user"), cstr("postgres"), cstr("database"), cstr("postgres"), Buffer.from([0])]);
  socket.write(Buffer.concat([int32(startup.length + 4), startup]));
  await untilReady(1);
  return { socket, result, untilReady };
}

describe("scripts/with-db.mjs: one PGlite session shared by several connections", () => {
  it("keeps one connection's extended-protocol query together, so another cannot swap its statement", async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "with-db-")), "pglite");
    const owner = launch(dir, [process.execPath, "-e", "console.log('URL', process.env.DATABASE_URL); process.stdin.resume()"], ["--memory"]);
    try {
      await expect.poll(owner.output, { timeout: 60_000 }).toMatch(/URL postgresql:\/\/.*:(\d+)\/postgres/);
      const port = Number(/127\.0\.0\.1:(\d+)\//.exec(owner.output())![1]);
      const a = await rawConnection(port);
      const b = await rawConnection(port);
      // A prepares a three-parameter query; before it binds, B runs a whole one-parameter query.
      // On one session they share the unnamed statement: interleaved, A's Bind meets B's statement.
      a.socket.write(parse("select $1::text as x, $2::text as y, $3::text as z"));
      await new Promise((r) => setTimeout(r, 200));
      b.socket.write(Buffer.concat([parse("select ($1::int + 1)::text as n"), bind(["41"]), execute, sync]));
      await new Promise((r) => setTimeout(r, 200));
      a.socket.write(Buffer.concat([bind(["1", "2", "3"]), execute, sync]));
      await Promise.all([a.untilReady(2), b.untilReady(2)]);
      expect(a.result.errors).toEqual([]);
      expect(a.result.rows).toEqual([["1", "2", "3"]]);
      expect(b.result.errors).toEqual([]);
      expect(b.result.rows).toEqual([["42"]]);
      a.socket.end();
      b.socket.end();
    } finally {
      owner.child.stdin.end();
      await owner.done;
    }
  }, 120_000);
});

describe("scripts/with-db.mjs: editors before readers", () => {
  it("runs a query from an editor's connection (application_name heritage-editor) next, not after the readers queued before it", async () => {
    const pg = (await import("pg")).default;
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "with-db-")), "pglite");
    const owner = launch(dir, [process.execPath, "-e", "console.log('URL', process.env.DATABASE_URL); process.stdin.resume()"], ["--memory"]);
    const clients: InstanceType<typeof pg.Client>[] = [];
    let stop = false;
    try {
      await expect.poll(owner.output, { timeout: 60_000 }).toMatch(/URL (postgresql:\S+)/);
      const url = /URL (postgresql:\S+)/.exec(owner.output())![1]!;
      const connect = async (application_name?: string) => {
        const c = new pg.Client({ connectionString: url, application_name });
        await c.connect();
        clients.push(c);
        return c;
      };
      // Eight anonymous readers keep the session busy, each always with a query waiting.
      let completed = 0;
      const readers = await Promise.all(Array.from({ length: 8 }, () => connect()));
      const loops = readers.map(async (c) => {
        while (!stop) {
          await c.query("select count(*) from generate_series(1, 100000)");
          completed++;
        }
      });
      await new Promise((r) => setTimeout(r, 500));
      // How many reader queries finish while one small query waits for its answer: the order the
      // session served them in, not a time.
      const editor = await connect("heritage-editor");
      const plain = await connect();
      const waited = { editor: [] as number[], plain: [] as number[] };
      for (let i = 0; i < 5; i++) {
        for (const [name, c] of [["editor", editor], ["plain", plain]] as const) {
          const before = completed;
          await c.query("select 1");
          waited[name].push(completed - before);
        }
      }
      stop = true;
      await Promise.all(loops);
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      // At most the reader query being run when it arrived (and one whose answer was on its way).
      expect(Math.max(...waited.editor)).toBeLessThanOrEqual(2);
      // Without the name, a query waits its turn behind the readers queued before it.
      expect(sum(waited.plain)).toBeGreaterThan(2 * sum(waited.editor));
    } finally {
      stop = true;
      await Promise.all(clients.map((c) => c.end().catch(() => {})));
      owner.child.stdin.end();
      await owner.done;
    }
  }, 120_000);
});

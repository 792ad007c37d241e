#!/usr/bin/env node
// `npm run bench:api-load`: the JSON API under 50 connections, and what an editor's statements wait
// meanwhile (issue 15: at 50 connections /api/v1/monuments served 50 requests/s with p99 8.3 s, and
// an editor's save waited 12.5 s behind it on the embedded database).
// Run inside scripts/with-db.mjs (DATABASE_URL set), on a migrated and seeded database, with a build
// in NEXT_DIST_DIR (default .next). Serves it on BENCH_PORT (3191) without the API rate limit, then:
//  1. the same API URL again and again (answered from the response cache after the first);
//  2. a new URL every request (offset=0..n, each a database read: the worst case for the cache);
// and during each, every 250 ms, a small write transaction (BEGIN; UPDATE … SET x = x; COMMIT) on a
// connection named as an editor's (lib/db.ts: application_name heritage-editor) and on an unnamed one,
// timing each. Prints requests/s, p50/p99 and the two connections' transaction times (p50, max).
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import pg from "pg";

const port = Number(process.env.BENCH_PORT ?? 3191);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const base = `http://127.0.0.1:${port}`;
const PATH = "/api/v1/monuments?limit=100";

const server = spawn(process.execPath, ["scripts/server.mjs"], {
  env: { ...process.env, PORT: String(port), API_RATE_LIMIT: "0", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "inherit", "inherit"],
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}${PATH}`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (i > 600) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 100));
  }

  async function writer(application_name) {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name });
    await c.connect();
    const times = [];
    let stop = false;
    const loop = (async () => {
      while (!stop) {
        const t = performance.now();
        await c.query("BEGIN");
        await c.query(`UPDATE "Monument" SET description = description WHERE slug = 'temple-of-bel'`);
        await c.query("COMMIT");
        times.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    return { times, stop: async () => ((stop = true), await loop, await c.end()) };
  }

  const ms = (x) => `${Math.round(x)} ms`;
  const summary = (times) => {
    const s = [...times].sort((a, b) => a - b);
    return s.length ? `p50 ${ms(s[Math.floor(s.length / 2)])}, max ${ms(s[s.length - 1])} (${s.length} transactions)` : "none finished";
  };

  for (const [label, opts] of [
    ["same URL (response cache)", { url: `${base}${PATH}` }],
    ["a new URL each request (database)", { url: base, requests: [{ setupRequest: (req) => ({ ...req, path: `${PATH}&offset=${Math.floor(Math.random() * 1e6)}` }) }] }],
  ]) {
    const [editor, plain] = await Promise.all([writer("heritage-editor"), writer(undefined)]);
    const result = await autocannon({ ...opts, connections: 50, duration });
    await Promise.all([editor.stop(), plain.stop()]);
    console.log(`\n${label}: ${PATH}`);
    console.log(`  ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx, ${result.errors} errors`);
    console.log(`  write transaction, editor's connection: ${summary(editor.times)}`);
    console.log(`  write transaction, unnamed connection:  ${summary(plain.times)}`);
  }
} finally {
  server.kill("SIGTERM");
}

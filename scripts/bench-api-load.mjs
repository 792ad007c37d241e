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
// timing each, and an editor (the embedded database's demo account) opening a monument's admin form
// through the server, every 500 ms. Prints requests/s, p50/p99 and those times (p50, max).
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

  // An editor of the demo accounts (embedded database only), signed in once.
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: "editor@heritage.local", password: "heritage-demo" }),
  });
  const cookie = (signIn.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  const { rows } = await (async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      return await c.query(`SELECT id FROM "Monument" WHERE slug = 'temple-of-bel'`);
    } finally {
      await c.end();
    }
  })();
  const adminForm = `${base}/admin/monuments/${rows[0].id}`;
  if (!signIn.ok || !(await fetch(adminForm, { headers: { cookie } })).ok) throw new Error(`could not sign in as the demo editor (${signIn.status})`);

  function editorPages() {
    const times = [];
    let stop = false;
    const loop = (async () => {
      while (!stop) {
        const t = performance.now();
        const res = await fetch(adminForm, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.ok) times.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 500));
      }
    })();
    return { times, stop: async () => ((stop = true), await loop) };
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
    const form = editorPages();
    const result = await autocannon({ ...opts, connections: 50, duration });
    await Promise.all([editor.stop(), plain.stop(), form.stop()]);
    console.log(`\n${label}: ${PATH}`);
    console.log(`  ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx, ${result.errors} errors`);
    console.log(`  write transaction, editor's connection: ${summary(editor.times)}`);
    console.log(`  write transaction, unnamed connection:  ${summary(plain.times)}`);
    console.log(`  an editor opening a monument's admin form: ${summary(form.times).replace("transactions", "pages")}`);
  }
} finally {
  server.kill("SIGTERM");
}

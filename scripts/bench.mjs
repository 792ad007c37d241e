#!/usr/bin/env node
// `npm run bench`: run inside scripts/with-db.mjs (DATABASE_URL set). Builds the app into
// .next-bench (migrate, seed, build), serves it, and prints
//  1. first-load JavaScript per public route: every <script src> in the served HTML (except
//     nomodule polyfills), fetched and gzipped (zlib default level), summed per route. Chunks
//     loaded later (the recharts charts, next/dynamic) are not first-load and not counted; then the
//     floor: the same sum for Next's built-in error page, which holds no code of ours;
//  2. requests/s and p99 latency for /monuments/temple-of-bel under 50 concurrent connections on
//     loopback, next to a static copy of that page (its rendered HTML saved to
//     public/bench-static/temple-of-bel.html and served by the same server as a public file).
// Env: BENCH_PORT (default 3190), BENCH_DURATION seconds per round (default 5), BENCH_ROUNDS (3),
// BENCH_SKIP_BUILD=1 (reuse .next-bench: only valid if neither code nor dataset changed since).
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

const port = Number(process.env.BENCH_PORT ?? 3190);
const duration = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const base = `http://127.0.0.1:${port}`;
const env = { ...process.env, NEXT_DIST_DIR: ".next-bench", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };
const STATIC_DIR = "public/bench-static";
const STATIC_PATH = "/bench-static/temple-of-bel.html";

// [route, draws a chart]: the first-load budget is 220 kB gz with charts, 110 kB without.
const ROUTES = [
  ["/", true],
  ["/monuments", false],
  ["/monuments/temple-of-bel", true],
  ["/monuments/temple-of-bel?asOf=2016-01-01", true],
  ["/events", false],
  ["/events?method=EXPLOSIVES&sort=date-desc", false],
  ["/sources", false],
  ["/sources/albawaba-2017-03-02-syrian-army-push-into-palmyra", false],
  ["/search?q=Tadmur", false],
  ["/basket", false],
];

{
  // "prepare" migrates and seeds the fresh database without building.
  const r = spawnSync("node", ["scripts/app.mjs", process.env.BENCH_SKIP_BUILD === "1" ? "prepare" : "build"], { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

let server;
async function startServer() {
  server = spawn("node", ["scripts/server.mjs"], { env: { ...env, HOST: "127.0.0.1" }, stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the server did not start on ${base}`);
}
async function stopServer() {
  if (!server) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await exited;
  server = undefined;
}

async function firstLoadJs(route) {
  const res = await fetch(base + route);
  if (!res.ok) throw new Error(`${route}: HTTP ${res.status}`);
  const html = await res.text();
  return { html, ...(await scriptsKb(html)) };
}

async function scriptsKb(html) {
  // nomodule scripts (legacy polyfills) are skipped by every browser that runs the app's modules.
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3]));
  const srcs = [...new Set(tags.map((m) => m[2].replace(/&amp;/g, "&")))];
  let bytes = 0;
  for (const src of srcs) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return { kb: bytes / 1024, files: srcs.length };
}

const run = (path, seconds) => autocannon({ url: base + path, connections: 50, duration: seconds });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The targets take turns, ROUNDS times, after a warm-up of each (JIT, module loading): on a
 * shared 2-core machine a single run per target mostly measures what else was running then.
 * Reported: the median round's req/s and p99.
 */
async function compare(targets) {
  for (const [, path] of targets) await run(path, 3);
  const rounds = Object.fromEntries(targets.map(([label]) => [label, []]));
  for (let i = 0; i < ROUNDS; i++) {
    for (const [label, path] of targets) {
      const r = await run(path, duration);
      rounds[label].push({ rps: r.requests.average, p99: r.latency.p99, bad: r.non2xx + r.errors });
    }
  }
  return Object.fromEntries(
    Object.entries(rounds).map(([label, rs]) => [
      label,
      { rps: median(rs.map((r) => r.rps)), p99: median(rs.map((r) => r.p99)), bad: rs.reduce((n, r) => n + r.bad, 0), all: rs.map((r) => Math.round(r.rps)) },
    ]),
  );
}

const kb = (n) => `${n.toFixed(1).padStart(6)} kB`;
try {
  await startServer();
  console.log("\nFirst-load JavaScript per route (gzipped)");
  let over = 0;
  let templeHtml = "";
  for (const [route, charts] of ROUTES) {
    const { html, kb: size, files } = await firstLoadJs(route);
    if (route === "/monuments/temple-of-bel") templeHtml = html;
    const budget = charts ? 220 : 110;
    if (size > budget) over++;
    console.log(`  ${route.padEnd(62)} ${kb(size)}  ${String(files).padStart(2)} files  budget ${budget} kB ${charts ? "(charts)" : ""} ${size > budget ? "OVER" : "ok"}`);
  }

  // The floor under every page: Next's own built-in error page, which holds no code of ours.
  const floor = await scriptsKb(readFileSync(".next-bench/server/app/_global-error.html", "utf8"));
  console.log(`  ${"(floor) Next.js + React alone: the built-in _global-error page".padEnd(62)} ${kb(floor.kb)}  ${String(floor.files).padStart(2)} files`);

  // The static copy must exist before the server lists public files, hence the restart.
  mkdirSync(STATIC_DIR, { recursive: true });
  writeFileSync(`public${STATIC_PATH}`, templeHtml);
  await stopServer();
  await startServer();

  console.log(`\nLoad: 50 connections, ${ROUNDS} alternating rounds of ${duration} s, loopback (load generator on the same cores)`);
  const targets = [
    ["static copy", STATIC_PATH],
    ["monument page", "/monuments/temple-of-bel"],
    ["as-of variant", "/monuments/temple-of-bel?asOf=2016-01-01"],
  ];
  const results = await compare(targets);
  for (const [label, path] of targets) {
    const r = results[label];
    console.log(`  ${label.padEnd(14)} ${path.padEnd(44)} ${r.rps.toFixed(0).padStart(6)} req/s  p99 ${String(r.p99).padStart(4)} ms  non-2xx+errors ${r.bad}  (rounds: ${r.all.join(", ")})`);
  }
  const ratio = results["monument page"].rps / results["static copy"].rps;
  console.log(`\n  monument page / static copy = ${ratio.toFixed(2)}× (target ≥ 0.8×)`);
  console.log(`  routes over their first-load budget: ${over}`);
} finally {
  await stopServer();
  rmSync(STATIC_DIR, { recursive: true, force: true });
}

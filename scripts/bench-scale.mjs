#!/usr/bin/env node
// `npm run bench:scale`: the app at scale, beside the same figures on the Palmyra dataset.
//  1. builds the app against the generated database (into .next-scale-generated) and into .next-scale
//     on a throw-away Palmyra database, timing both (BENCH_SKIP_BUILD=1 reuses .next-scale, no timing);
//  2. for each dataset — Palmyra (in memory) and the generated one (`npm run data:generate`): the
//     embedded database in PGLITE_DIR (default data/pglite), or DATABASE_URL if set — prints the
//     plans of the lists' queries (generated dataset only), runs `npm start`'s steps (migrations,
//     seed check, build reused, serve) with API_RATE_LIMIT=0, timing until it answers, and measures: the first (uncached) request and then p50/p95/p99 over
//     BENCH_REQUESTS requests (4 at a time) per target, the largest answer of its paths, the full CSV
//     and GeoJSON exports (time and size), 20 readers at once asking for one uncached answer, and the
//     server's peak resident memory (the Node server; the embedded database's process apart), over the
//     run and while each target ran, and its live heap after a full collection (scripts/heap-probe.mjs)
//     when started, after the pages and after the exports.
// Env: BENCH_PORT (3191), BENCH_REQUESTS (40), BENCH_SKIP_BUILD=1; SERVER_HEAP_MB is passed on to `npm start`'s
// steps (the server's V8 heap limit; unset, Node's default).
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { buildFingerprint, readBuildStamp } from "./build-fingerprint.mjs";

const port = Number(process.env.BENCH_PORT ?? 3191);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const base = `http://127.0.0.1:${port}`;
const DIST = ".next-scale";
const baseEnv = { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOST: "127.0.0.1", API_RATE_LIMIT: "0" };
const generatedDb = process.env.DATABASE_URL ?? `PGlite ${process.env.PGLITE_DIR ?? "data/pglite"}`;

const withoutDbUrl = (env) => {
  const { DATABASE_URL: _ignored, ...rest } = env;
  return rest;
};

/** `npm run build`'s steps into `distDir` against the database `env` names; seconds taken. */
function timedBuild(label, distDir, env, withDbFlags) {
  console.log(`▸ build into ${distDir} (${label})`);
  const t0 = performance.now();
  const r = spawnSync("node", ["scripts/with-db.mjs", ...withDbFlags, "--", "node", "scripts/app.mjs", "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...env, NEXT_DIST_DIR: distDir } });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`  built in ${seconds.toFixed(0)} s`);
  return seconds;
}
const buildSeconds = {};
if (process.env.BENCH_SKIP_BUILD !== "1") {
  // The build reads the database for the few pages it prerenders (the overview, the sites list):
  // built against the generated one, as `npm start` on that database would, then thrown away.
  // A production build on PostgreSQL needs an auth secret: this one is for the throw-away build only.
  const secret = process.env.BETTER_AUTH_SECRET ?? "bench-scale-throw-away-build-secret-0123456789";
  // Both from nothing, as on a fresh deploy: Next's own cache in a kept build dir would speed the second.
  rmSync(`${DIST}-generated`, { recursive: true, force: true });
  rmSync(DIST, { recursive: true, force: true });
  buildSeconds.generated = timedBuild(`the generated database, ${generatedDb}`, `${DIST}-generated`, { ...baseEnv, BETTER_AUTH_SECRET: secret }, []);
  rmSync(`${DIST}-generated`, { recursive: true, force: true });
  buildSeconds.Palmyra = timedBuild("Palmyra, throw-away database", DIST, withoutDbUrl({ ...baseEnv, PGLITE_DIR: "memory://" }), ["--memory"]);
}
// `npm start` reuses the build only when its inputs are unchanged: the start time measured is that of a reused build.
if (readBuildStamp(DIST) !== buildFingerprint({ env: baseEnv }).digest) {
  console.error(`bench:scale: the build in ${DIST} is not of these sources and settings; run without BENCH_SKIP_BUILD=1`);
  process.exit(1);
}

/** Resident memory (kB) of a process (`self`) and of the Node server among its descendants, from /proc. */
function treeRss(root) {
  const children = new Map();
  const rss = new Map();
  const isServer = new Set();
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      rss.set(Number(pid), m ? Number(m[1]) : 0);
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("scripts/server.mjs")) isServer.add(Number(pid));
    } catch {
      /* gone */
    }
  }
  // The server alone: not the launcher steps of `npm start` (a shell, scripts/app.mjs) waiting for it.
  const server = (pid) => (isServer.has(pid) ? (rss.get(pid) ?? 0) : 0) + (children.get(pid) ?? []).reduce((s, c) => s + server(c), 0);
  const serverPid = (pid) => (isServer.has(pid) ? pid : (children.get(pid) ?? []).map(serverPid).find(Boolean));
  return { self: rss.get(root) ?? 0, server: server(root), serverPid: serverPid(root) };
}

let server;
function sample() {
  const { self, server: node } = treeRss(server.pid);
  // With PGlite the database lives in the launcher process; with PostgreSQL it is elsewhere.
  peak = { node: Math.max(peak.node, node), db: Math.max(peak.db, self), window: Math.max(peak.window, node) };
}
/** Start a target's window with the server's size now (a target answered within one sampling period has no other sample). */
function openWindow() {
  peak.window = 0;
  sample();
}
// node/db: over the whole run; window: the Node server's peak since the current target began.
let peak = { node: 0, db: 0, window: 0 };
let sampler;
/** A port nothing listens on now, for the server's inspector (opened by scripts/heap-probe.mjs only). */
async function freePort() {
  const probe = createServer();
  await new Promise((r) => probe.listen(0, "127.0.0.1", r));
  const { port } = /** @type {import("node:net").AddressInfo} */ (probe.address());
  await new Promise((r) => probe.close(r));
  return port;
}
const inspectorPort = await freePort();

async function start(env, command) {
  // --inspect-port only says where SIGUSR1 opens the inspector: not 9229, which another process may hold.
  const nodeOptions = `${env.NODE_OPTIONS ?? ""} --inspect-port=127.0.0.1:${inspectorPort}`.trim();
  server = spawn("node", ["scripts/with-db.mjs", "--", "sh", "-c", command], { env: { ...env, NODE_OPTIONS: nodeOptions }, stdio: ["ignore", "ignore", "pipe"] });
  // The server's errors reach the terminal; Node's own lines each time the probe opens and closes the
  // inspector do not (they would stand between the figures).
  createInterface({ input: server.stderr }).on("line", (line) => {
    if (!/^(?:Debugger listening on ws:|Debugger ending on ws:|Debugger attached\.|Waiting for the debugger to disconnect|For help, see: https:\/\/nodejs\.org\/en\/docs\/inspector)/.test(line)) console.error(line);
  });
  peak = { node: 0, db: 0, window: 0 };
  sampler = setInterval(sample, 200);
  const t0 = performance.now();
  for (let i = 0; i < 6000; i++) {
    try {
      if ((await fetch(`${base}/api/v1/openapi.json`)).ok) return (performance.now() - t0) / 1000;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the server did not start on ${base}`);
}
async function stop() {
  clearInterval(sampler);
  if (!server) return;
  const exited = new Promise((r) => server.once("exit", r));
  const closed = new Promise((r) => server.once("close", r));
  server.kill("SIGTERM");
  await exited;
  // Its last lines of errors read to the end, not printed during the next stage; unless a process that
  // outlived it still holds the pipe.
  let timer;
  await Promise.race([closed, new Promise((r) => (timer = setTimeout(r, 5000)))]);
  clearTimeout(timer);
  server = undefined;
}

async function timed(path) {
  const t0 = performance.now();
  const res = await fetch(base + path);
  const body = Buffer.from(await res.arrayBuffer());
  // Records in a CSV download (line ends outside quotes) or features in a GeoJSON one.
  const text = path.endsWith(".csv") || path.endsWith(".geojson") ? body.toString("utf8") : "";
  const records = path.endsWith(".csv") ? text.replace(/"(?:[^"]|"")*"/g, "").split("\r\n").length - 2 : path.endsWith(".geojson") ? (text.match(/"type":"Feature"/g) ?? []).length : null;
  return { ms: performance.now() - t0, status: res.status, bytes: body.length, records };
}
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/**
 * The first request (nothing cached), then REQUESTS more, 4 at a time, over `paths` in turn; the
 * size is the largest answer of any of the paths, and `largest` the path that gave it.
 */
async function measure(paths) {
  openWindow();
  const first = await timed(paths[0]);
  const times = [];
  let bad = first.status >= 400 ? 1 : 0;
  let [bytes, largest] = [first.bytes, paths[0]];
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < REQUESTS) {
        const path = paths[next++ % paths.length];
        const r = await timed(path);
        if (r.status >= 400) bad++;
        if (r.bytes > bytes) [bytes, largest] = [r.bytes, path];
        times.push(r.ms);
      }
    }),
  );
  sample();
  return { first: first.ms, bytes, largest, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), bad, peakKb: peak.window };
}

async function targets() {
  const api = async (p) => (await fetch(base + p)).json();
  const monuments = (await api("/api/v1/monuments?limit=500")).items;
  const pickEvery = Math.max(1, Math.floor(monuments.length / 20));
  const slugs = monuments.filter((_, i) => i % pickEvery === 0).slice(0, 20).map((m) => m.slug);
  const busiest = [...monuments].sort((a, b) => b.eventCount - a.eventCount)[0].slug;
  // The site with the most monuments: its page, its map and its monuments' pages are the largest.
  const sites = (await api("/api/v1/sites?limit=500")).items;
  const biggest = [...sites].sort((a, b) => b.monumentCount - a.monumentCount)[0].slug;
  const inBiggest = (await api(`/api/v1/monuments?site=${biggest}&limit=20`)).items.map((m) => m.slug);
  return [
    ["monument page (20 monuments)", slugs.map((s) => `/monuments/${s}`)],
    ["monument page, most events", [`/monuments/${busiest}`]],
    ["monument page in the biggest site (20)", inBiggest.map((s) => `/monuments/${s}`)],
    ["overview /", ["/"]],
    ["overview on a past day /?asOf=2016-01-01", ["/?asOf=2016-01-01"]],
    ["/sites", ["/sites"]],
    ["site page, biggest site", [`/sites/${biggest}`]],
    ["/map of the biggest site", [`/map?site=${biggest}`]],
    ["/monuments", ["/monuments"]],
    ["/sources", ["/sources"]],
    ["/map", ["/map"]],
    ["/events (first page)", ["/events"]],
    ["/events?page=40", ["/events?page=40"]],
    ["/events?monument=… (busiest)", [`/events?monument=${busiest}`]],
    ["/events?method=SHELLING&sort=date-desc", ["/events?method=SHELLING&sort=date-desc"]],
    ["/events?disagreement=any", ["/events?disagreement=any"]],
    ["/search?q=temple", ["/search?q=temple"]],
    ["Atom feed /feed.xml", ["/feed.xml"]],
    ["Atom feed of the busiest monument", [`/monuments/${busiest}/feed.xml`]],
    ["/api/v1/monuments?limit=10&page=2", ["/api/v1/monuments?limit=10&page=2"]],
    ["/api/v1/events?limit=10&page=3", ["/api/v1/events?limit=10&page=3"]],
    ["/api/v1/monuments?asOf=2016-01-01&limit=10", ["/api/v1/monuments?asOf=2016-01-01&limit=10"]],
    ["/api/v1/sites?limit=50", ["/api/v1/sites?limit=50"]],
  ];
}

async function exportsOf() {
  const out = {};
  for (const [label, path] of [["events.csv (all)", "/api/v1/events.csv"], ["monuments.geojson (all)", "/api/v1/monuments.geojson"]]) {
    const runs = [];
    openWindow();
    for (let i = 0; i < 3; i++) runs.push(await timed(path));
    sample();
    out[label] = { ms: runs.map((r) => r.ms), bytes: runs[0].bytes, status: runs.map((r) => r.status), records: runs[0].records, peakKb: peak.window };
  }
  return out;
}

/**
 * 20 readers asking for the same uncached answer at once (as after an edit empties the caches): the
 * time until all have it, how many the response cache answered, the server's peak memory meanwhile.
 */
async function bursts() {
  const out = {};
  for (const path of ["/events?page=2", "/search?q=bel", "/api/v1/events?limit=50&page=2"]) {
    openWindow();
    const t0 = performance.now();
    const rs = await Promise.all(Array.from({ length: 20 }, () => fetch(base + path).then(async (r) => ({ status: r.status, hit: r.headers.get("x-page-cache") === "HIT", bytes: (await r.arrayBuffer()).byteLength }))));
    const ms = performance.now() - t0;
    sample();
    out[path] = { ms, hits: rs.filter((r) => r.hit).length, bad: rs.filter((r) => r.status >= 400).length, peakKb: peak.window };
  }
  return out;
}

/**
 * The server's live heap (MB) after a full collection (scripts/heap-probe.mjs): what it holds,
 * apart from the garbage resident memory also counts until the collector gets to it.
 */
function liveHeapMb() {
  const pid = treeRss(server.pid).serverPid;
  const flags = typeof WebSocket === "undefined" ? ["--experimental-websocket", "--no-warnings"] : [];
  const r = spawnSync(process.execPath, [...flags, "scripts/heap-probe.mjs", String(pid), String(inspectorPort)], { encoding: "utf8", timeout: 90_000 });
  if (r.status !== 0) throw new Error(`the server's heap could not be read: ${r.stderr}`);
  return JSON.parse(r.stdout).usedAfterMb;
}

const results = {};
async function benchDataset(name, env, command) {
  console.log(`\n▸ ${name}: starting the server`);
  const ready = await start(env, command);
  console.log(`  answering after ${ready.toFixed(1)} s`);
  const counts = await (await fetch(`${base}/api/v1/events?limit=1`)).json();
  const mons = await (await fetch(`${base}/api/v1/monuments?limit=1`)).json();
  console.log(`  ${mons.total} published monuments, ${counts.total} published events`);
  const r = { pages: {}, exports: {}, live: { idle: liveHeapMb() } };
  for (const [label, paths] of await targets()) r.pages[label] = await measure(paths);
  r.bursts = await bursts();
  r.live.pages = liveHeapMb();
  r.exports = await exportsOf();
  r.live.exports = liveHeapMb();
  r.peak = { ...peak };
  r.sizes = { monuments: mons.total, events: counts.total };
  r.ready = ready;
  await stop();
  results[name] = r;
}

const ms = (n) => `${n.toFixed(0).padStart(6)}`;
const mb = (kb) => `${(kb / 1024).toFixed(0).padStart(4)} MB`;
try {
  // `npm start`'s steps with the build in place (the in-memory Palmyra database is migrated and seeded first).
  const npmStart = "exec node scripts/app.mjs start > /dev/null";
  await benchDataset("Palmyra", withoutDbUrl({ ...baseEnv, PGLITE_DIR: "memory://" }), npmStart);
  console.log(`\n▸ generated dataset (${generatedDb}): query plans`);
  const plans = spawnSync("node", ["scripts/with-db.mjs", "--", "node_modules/.bin/tsx", "scripts/bench-scale-explain.ts"], { stdio: "inherit", env: baseEnv });
  if (plans.status !== 0) throw new Error("the plans could not be read");
  await benchDataset("generated", baseEnv, npmStart);

  const [p, g] = [results.Palmyra, results.generated];
  console.log(`\nPalmyra: ${p.sizes.monuments} monuments, ${p.sizes.events} events · generated: ${g.sizes.monuments} monuments, ${g.sizes.events} events (${generatedDb})`);
  console.log(`${REQUESTS} requests per target after the first, 4 at a time; times in ms; size: the largest answer (HTML or JSON) of any of the target's paths; server heap limit ${process.env.SERVER_HEAP_MB ? `${process.env.SERVER_HEAP_MB} MB (SERVER_HEAP_MB)` : "Node's default"}\n`);
  console.log(`${"target".padEnd(40)} ${"Palmyra: first   p50   p95   p99    size  server".padEnd(52)} | generated: first   p50   p95   p99    size  server  errors`);
  for (const label of Object.keys(g.pages)) {
    const a = p.pages[label];
    const b = g.pages[label];
    // server: the Node server's peak resident memory while the target was measured.
    const row = (x) => !x ? "—".padStart(30) : `${ms(x.first)}${ms(x.p50)}${ms(x.p95)}${ms(x.p99)} ${(x.bytes / 1024).toFixed(0).padStart(6)} kB ${mb(x.peakKb)}`;
    console.log(`${label.padEnd(40)} ${row(a).padEnd(52)} | ${row(b)}  ${b.bad + (a?.bad ?? 0)}`);
  }
  console.log("\n20 readers at once asking for one uncached answer (ms until all have it, how many from the response cache, server peak)");
  for (const path of Object.keys(g.bursts)) {
    const line = (x) => `${x.ms.toFixed(0)} ms, ${x.hits} from the cache, server ${mb(x.peakKb).trim()}${x.bad ? `, ${x.bad} errors` : ""}`;
    console.log(`  ${path.padEnd(32)} Palmyra ${line(p.bursts[path])} | generated ${line(g.bursts[path])}`);
  }
  console.log("\nFull exports (three downloads each: ms, size)");
  for (const label of Object.keys(g.exports)) {
    const a = p.exports[label];
    const b = g.exports[label];
    console.log(`  ${label.padEnd(26)} Palmyra ${a.ms.map((x) => x.toFixed(0)).join("/")} ms ${(a.bytes / 1024).toFixed(0)} kB, server ${mb(a.peakKb).trim()} | generated ${b.ms.map((x) => x.toFixed(0)).join("/")} ms ${(b.bytes / 1024 / 1024).toFixed(1)} MB, ${b.records} records (HTTP ${[...new Set(b.status)].join(",")}), server ${mb(b.peakKb).trim()}`);
  }
  console.log("\nBuild and start");
  if (buildSeconds.Palmyra) console.log(`  build           Palmyra ${buildSeconds.Palmyra.toFixed(0)} s | generated ${buildSeconds.generated.toFixed(0)} s = ${((buildSeconds.generated / buildSeconds.Palmyra - 1) * 100).toFixed(0)}% (target within 10%)`);
  else console.log("  build           not timed (BENCH_SKIP_BUILD=1)");
  console.log(`  npm start with the build in place, until it answers: Palmyra ${p.ready.toFixed(1)} s (in memory: migrated and seeded first) | generated ${g.ready.toFixed(1)} s (target < 15 s)`);
  console.log("\nPeak resident memory");
  console.log(`  Node server     Palmyra ${(p.peak.node / 1024).toFixed(0)} MB | generated ${(g.peak.node / 1024).toFixed(0)} MB`);
  const live = (x) => `${x.live.idle}/${x.live.pages}/${x.live.exports} MB`;
  console.log(`  Node server's live heap after a full collection (started / after the pages and bursts / after the exports): Palmyra ${live(p)} | generated ${live(g)}`);
  if (!process.env.DATABASE_URL) console.log(`  PGlite process  Palmyra ${(p.peak.db / 1024).toFixed(0)} MB | generated ${(g.peak.db / 1024).toFixed(0)} MB`);
  const over = Object.entries(g.pages).filter(([l, x]) => !l.startsWith("/api") && x.bytes > 300 * 1024);
  console.log(`\n  public pages over 300 kB of HTML on the generated dataset: ${over.length ? over.map(([l, x]) => `${l}: ${x.largest} (${(x.bytes / 1024).toFixed(0)} kB)`).join(", ") : "none"}`);
  const mp = (x) => x.pages["monument page (20 monuments)"].p95;
  console.log(`  monument page p95: generated / Palmyra = ${(mp(g) / mp(p)).toFixed(2)}× (target ≤ 2×)`);
} finally {
  await stop();
}

#!/usr/bin/env node
// How long an edit takes to reach another server's cached page and API answer: two servers on the
// database in DATABASE_URL (a migrated, seeded PostgreSQL; the build in NEXT_DIST_DIR, default
// .next), the monument page and an API answer cached on both, then a write committed by a third
// client — timed until each server serves the change. Rounds alternate: followed by the NOTIFY an
// app's save sends (lib/cache-tags.ts), and without it (a write in SQL: the stamp's one-second poll).
// Usage: DATABASE_URL=postgresql://… node scripts/bench-propagation.mjs   (BENCH_PORT, default 3192; BENCH_ROUNDS, 5 of each)
import { spawn } from "node:child_process";
import pg from "pg";

const port = Number(process.env.BENCH_PORT ?? 3192);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const SLUG = "tetrapylon";
if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL must name the PostgreSQL both servers share");

const servers = [port, port + 1].map((p) =>
  spawn(process.execPath, ["scripts/server.mjs"], { env: { ...process.env, PORT: String(p), API_RATE_LIMIT: "0", NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" }),
);
const bases = [port, port + 1].map((p) => `http://127.0.0.1:${p}`);
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
const { id, description } = (await db.query(`SELECT id, description FROM "Monument" WHERE slug = $1`, [SLUG])).rows[0];
try {
  for (const base of bases) {
    for (;;) {
      try {
        if ((await fetch(`${base}/api/v1/openapi.json`)).ok) break;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const until = async (url, test) => {
    for (;;) {
      const res = await fetch(url);
      if (test(res, await res.text())) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const times = { notified: { page: [], api: [] }, polled: { page: [], api: [] } };
  for (let i = 0; i < 2 * rounds; i++) {
    const kind = i % 2 ? "polled" : "notified";
    const mark = `(propagation ${Date.now()})`;
    const since = new Date(Date.now() - 1000).toISOString();
    const urls = { page: `/monuments/${SLUG}`, api: `/api/v1/changes?since=${since}` };
    // Both servers answer from their response caches before the write.
    for (const base of bases) for (const path of Object.values(urls)) await until(`${base}${path}`, (res) => res.headers.get("x-page-cache") === "HIT");
    const t0 = performance.now();
    await db.query(`UPDATE "Monument" SET description = $2, "updatedAt" = now() WHERE id = $1`, [id, `${description} ${mark}`]);
    if (kind === "notified") await db.query("NOTIFY heritage_dataset");
    await Promise.all(
      bases.map(async (base) => {
        await until(`${base}${urls.page}`, (_res, body) => body.includes(mark));
        times[kind].page.push(performance.now() - t0);
        await until(`${base}${urls.api}`, (_res, body) => body.includes(id));
        times[kind].api.push(performance.now() - t0);
      }),
    );
  }
  const line = (xs) => `median ${Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)])} ms, max ${Math.round(Math.max(...xs))} ms (${xs.length} readings)`;
  for (const [kind, label] of [["notified", "a save (NOTIFY)"], ["polled", "a write in SQL (no NOTIFY)"]]) {
    console.log(`${label} → both servers' cached monument page: ${line(times[kind].page)}`);
    console.log(`${label} → both servers' cached API answer (change feed): ${line(times[kind].api)}`);
  }
} finally {
  await db.query(`UPDATE "Monument" SET description = $2, "updatedAt" = now() WHERE id = $1`, [id, description]);
  await db.end();
  for (const s of servers) s.kill("SIGTERM");
}

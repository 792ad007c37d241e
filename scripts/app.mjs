#!/usr/bin/env node
// The steps behind `npm start` / `npm run dev`, run inside scripts/with-db.mjs so DATABASE_URL is set:
// apply migrations, seed an empty database, build (start only), serve on PORT (default 3000).
// `start` reuses the build it finds when its inputs did not change (scripts/build-fingerprint.mjs);
// FORCE_BUILD=1 builds anyway, SKIP_BUILD=1 never builds.
// Usage: node scripts/app.mjs start|dev|build|prepare
import { spawnSync } from "node:child_process";
import { buildFingerprint, clearBuildStamp, readBuildStamp, writeBuildStamp } from "./build-fingerprint.mjs";
import { pendingMigrations } from "./pending-migrations.mjs";

const mode = process.argv[2] ?? "start";
const port = process.env.PORT ?? "3000";

function step(label, cmd, args) {
  console.log(`\n▸ ${label}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    console.error(`✗ ${label} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

const bin = (name) => `node_modules/.bin/${name}`;

function build() {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const { digest } = buildFingerprint();
  const force = process.env.FORCE_BUILD === "1" || mode === "build";
  if (!force && readBuildStamp(distDir) === digest) {
    console.log(`\n▸ build: reusing ${distDir} (sources, lockfile, configuration and build settings unchanged; FORCE_BUILD=1 rebuilds)`);
    return;
  }
  clearBuildStamp(distDir);
  step("build", bin("next"), ["build"]);
  writeBuildStamp(distDir, digest);
}

// Unreadable (no database yet, no permission): let the CLI try, and say why if it cannot.
const pending = await pendingMigrations(process.env.DATABASE_URL).catch((err) => [`could not read the applied migrations: ${err.message}`]);
if (pending.length) step(`apply database migrations (${pending.join(", ")})`, bin("prisma"), ["migrate", "deploy"]);
else console.log("\n▸ database migrations: all applied, prisma migrate deploy skipped");
step("seed the Palmyra dataset if the database is empty", bin("tsx"), ["prisma/seed.ts"]);
if (mode === "prepare") process.exit(0);
if (mode === "start" || mode === "build") {
  if (process.env.SKIP_BUILD !== "1") build();
  if (mode === "build") process.exit(0);
}
// Production: scripts/server.mjs (Next's handler behind a response cache for the cached pages).
const [cmd, args] = mode === "dev" ? [bin("next"), ["dev", "-p", port]] : ["node", ["scripts/server.mjs"]];
console.log(`\n▸ serving on http://localhost:${port}`);
const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, PORT: port } });
process.exit(r.status ?? 0);

#!/usr/bin/env node
// The steps behind `npm start` / `npm run dev`, run inside scripts/with-db.mjs so DATABASE_URL is set:
// apply migrations, seed an empty database, build (start only), serve on PORT (default 3000).
// `start` reuses the build it finds when its inputs did not change (scripts/build-fingerprint.mjs);
// FORCE_BUILD=1 builds anyway, SKIP_BUILD=1 never builds.
// Usage: node scripts/app.mjs start|dev|build|prepare
import { spawn, spawnSync } from "node:child_process";
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
step("seed the Palmyra dataset if the database is empty", bin("tsx"), ["prisma/seed.ts", "--if-empty"]);
if (mode === "prepare") process.exit(0);
if (mode === "start" || mode === "build") {
  if (process.env.SKIP_BUILD !== "1") build();
  if (mode === "build") process.exit(0);
}
// Production: scripts/server.mjs (Next's handler behind a response cache for the cached pages).
// SERVER_HEAP_MB bounds the server's JavaScript heap (V8's --max-old-space-size). Unset, Node lets
// garbage pile up to a quarter of the machine's memory before collecting it in earnest: after a full
// download the server holds hundreds of megabytes it no longer uses.
const heapMb = process.env.SERVER_HEAP_MB;
if (heapMb !== undefined && heapMb !== "" && !/^[1-9]\d*$/.test(heapMb)) {
  console.error(`✗ SERVER_HEAP_MB must be a whole number of megabytes (say 512), not "${heapMb}"`);
  process.exit(2);
}
const heap = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
const [cmd, args] = mode === "dev" ? [bin("next"), ["dev", "-p", port]] : ["node", [...heap, "scripts/server.mjs"]];
console.log(`\n▸ serving on http://localhost:${port}`);
// A signal to this process (a process manager's SIGTERM, the launcher's) goes on to the server, which
// closes and lets open requests finish; left to the default, this process died and the server went on
// serving without its database.
const server = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" ? 130 : signal ? 143 : 0)));

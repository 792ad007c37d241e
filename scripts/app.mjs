#!/usr/bin/env node
// The steps behind `npm start` / `npm run dev`, run inside scripts/with-db.mjs so DATABASE_URL is set:
// apply migrations, seed an empty database, build (start only), serve on PORT (default 3000).
// Usage: node scripts/app.mjs start|dev|build|prepare
import { spawnSync } from "node:child_process";

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

step("apply database migrations", bin("prisma"), ["migrate", "deploy"]);
step("seed the Palmyra dataset if the database is empty", bin("tsx"), ["prisma/seed.ts"]);
if (mode === "prepare") process.exit(0);
if (mode === "start" || mode === "build") {
  if (process.env.SKIP_BUILD !== "1") step("build", bin("next"), ["build"]);
  if (mode === "build") process.exit(0);
}
// Production: scripts/server.mjs (Next's handler behind a response cache for the cached pages).
const [cmd, args] = mode === "dev" ? [bin("next"), ["dev", "-p", port]] : ["node", ["scripts/server.mjs"]];
console.log(`\n▸ serving on http://localhost:${port}`);
const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, PORT: port } });
process.exit(r.status ?? 0);

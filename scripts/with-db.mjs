#!/usr/bin/env node
// Runs a command with a PostgreSQL DATABASE_URL.
// - DATABASE_URL set: runs the command as is (a real PostgreSQL server).
// - unset: opens the embedded PGlite database (./data/pglite, or memory:// with --memory),
//   serves it on 127.0.0.1 over the PostgreSQL protocol, runs the command against it, then
//   stops the server and closes the database cleanly.
// --shadow also serves a throw-away in-memory database as SHADOW_DATABASE_URL, because the
// socket serves a single database and `prisma migrate dev` needs a second one.
// Usage: node scripts/with-db.mjs [--memory] [--shadow] -- command [args...]
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const flags = sep === -1 ? [] : argv.slice(0, sep);
const command = sep === -1 ? argv : argv.slice(sep + 1);
if (command.length === 0) {
  console.error("usage: with-db.mjs [--memory] [--shadow] -- command [args...]");
  process.exit(2);
}

function run(env) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: "inherit", env, shell: false });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 128 + (signal === "SIGINT" ? 2 : 15) : 1));
    });
    child.on("error", (err) => {
      console.error(`with-db: cannot run ${command[0]}: ${err.message}`);
      resolve(127);
    });
  });
}

if (process.env.DATABASE_URL) {
  process.exit(await run(process.env));
}

const { PGlite } = await import("@electric-sql/pglite");
const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");

const memory = flags.includes("--memory") || process.env.PGLITE_DIR === "memory://";
const dataDir = memory ? null : path.resolve(process.env.PGLITE_DIR ?? "data/pglite");
const lockFile = dataDir ? `${dataDir}.lock` : null;

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

// Only one process may own a PGlite data directory: two writers would corrupt it.
function takeLock() {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const owner = Number(fs.readFileSync(lockFile, "utf8").trim());
      if (owner && isAlive(owner)) {
        console.error(
          `with-db: the embedded database ${dataDir} is in use by process ${owner}.\n` +
            `Stop that process first (or set PGLITE_DIR to another directory, or DATABASE_URL to a PostgreSQL server).`,
        );
        process.exit(75);
      }
      fs.rmSync(lockFile, { force: true }); // stale lock from a process that died
    }
  }
  throw new Error(`with-db: could not take the lock ${lockFile}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function serve(db, port) {
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 32 });
  await server.start();
  return server;
}

if (lockFile) takeLock();
const releaseLock = () => lockFile && fs.rmSync(lockFile, { force: true });
process.on("exit", releaseLock);

let code = 1;
const open = [];
try {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const port = Number(process.env.PGLITE_PORT) || (await freePort());
  open.push([await serve(db, port), db]);
  // HERITAGE_EMBEDDED tells the seed (demo accounts) and lib/env.ts (dev auth secret) that this is
  // the local quick-start database, not a deployment.
  const env = { ...process.env, HERITAGE_EMBEDDED: "1", DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable` };
  if (flags.includes("--shadow")) {
    const shadow = await PGlite.create();
    const shadowPort = await freePort();
    open.push([await serve(shadow, shadowPort), shadow]);
    env.SHADOW_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${shadowPort}/postgres?sslmode=disable`;
  }
  code = await run(env);
} catch (err) {
  console.error(`with-db: ${err.stack ?? err}`);
} finally {
  for (const [server, db] of open.reverse()) {
    await server.stop().catch(() => {});
    await db.close().catch(() => {});
  }
  releaseLock();
}
process.exit(code);

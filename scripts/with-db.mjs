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
import { controlSocketOf, takeLock } from "./pglite-lock.mjs";

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

// PGlite has one session; pglite-socket 0.2.17 shares it between connections by queueing single
// protocol messages, keeping a connection's turn only inside an explicit transaction. An
// extended-protocol query is several messages (Parse, Bind, Describe, Execute, then Sync) using the
// session's one unnamed statement, so two concurrent connections could interleave: seen in the e2e
// server as "bind message supplies 2 parameters, but prepared statement "" requires 3", and as
// Prisma's "Missing data field". Reproduced by scripts/with-db.test.ts. This keeps a connection's
// turn from its first extended-protocol message until its Sync, and does not let a failed message
// stall the queue (0.2.17 returned with `processing` still set). Replaces the queue's processQueue:
// the package is pinned, and the test fails if an upgrade changes what this relies on.
const EXTENDED = new Set(["P", "B", "D", "E", "C", "H"].map((c) => c.charCodeAt(0)));

// Editors first. Every connection waits its turn on the one session, so at 50 anonymous API
// readers an editor's save waited 12.5 s behind them (issue 15). Connections that name themselves
// EDITOR_APPLICATION_NAME in their startup message (lib/db.ts: sign-in and sessions, the admin
// reads, every write transaction) take the next turn whenever one is free: a statement of theirs
// waits for the query being run, never for the queue. Readers still get every turn editors leave.
const EDITOR_APPLICATION_NAME = "heritage-editor";
const PROTOCOL_3 = 196608;

/** The application_name of a startup message (length, protocol 3.0, then key\0value\0 pairs), or null. */
function startupApplicationName(message) {
  if (message.length < 8) return null;
  const view = Buffer.from(message.buffer, message.byteOffset, message.length);
  if (view.readInt32BE(0) !== message.length || view.readInt32BE(4) !== PROTOCOL_3) return null;
  const parts = view.subarray(8).toString("utf8").split("\0");
  for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i] === "application_name") return parts[i + 1];
  return null;
}

function keepExtendedQueriesTogether(queue) {
  if (typeof queue?.processQueue !== "function" || !Array.isArray(queue.queue)) {
    throw new Error("with-db: @electric-sql/pglite-socket changed its query queue; review keepExtendedQueriesTogether");
  }
  let pinned = null;
  const editors = new Set();
  queue.processQueue = async function processQueue() {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        // PGlite runs a query synchronously, and each connection's message is handled in its own
        // setImmediate: without this turn of the event loop, every message arriving meanwhile
        // would be run the moment it was queued, in socket order, and no editor could go first.
        await new Promise((resolve) => setImmediate(resolve));
        if (this.queue.length === 0) break; // a connection that closed meanwhile took its messages
        const owner = pinned ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        let index = owner === null ? 0 : this.queue.findIndex((q) => q.handlerId === owner);
        if (index === -1) break; // the owner's next message has not arrived yet
        if (owner === null && editors.size) {
          const editor = this.queue.findIndex((q) => editors.has(q.handlerId));
          if (editor !== -1) index = editor;
        }
        const [item] = this.queue.splice(index, 1);
        if (startupApplicationName(item.message) === EDITOR_APPLICATION_NAME) editors.add(item.handlerId);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, { onRawData: (d) => ((bytes += d.length), item.onData(d)) }),
          );
        } catch (err) {
          pinned = null;
          item.reject(err);
          continue;
        }
        pinned = EXTENDED.has(item.message[0]) ? item.handlerId : null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
  // A connection that goes away mid-query must not keep the turn.
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    clear(handlerId);
    editors.delete(handlerId);
    if (pinned === handlerId) pinned = null;
    queueMicrotask(() => queue.processQueue());
  };
}

async function serve(db, port) {
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 32 });
  keepExtendedQueriesTogether(server.queryQueue);
  await server.start();
  return server;
}

// Only one process may own a PGlite data directory: two writers would corrupt it.
const releaseLock = dataDir ? takeLock(dataDir) : () => {};
process.on("exit", releaseLock);

// `npm run db:backup` while this process owns the directory: it asks here (scripts/db-backup.mjs).
// The copy is taken between two queries (dumpDataDir holds PGlite's query lock), after waiting for
// an open transaction to end, so it is a state the database committed.
function serveBackups(db, dir) {
  const socketPath = controlSocketOf(dir);
  fs.rmSync(socketPath, { force: true });
  const server = net.createServer((conn) => {
    conn.on("error", () => {});
    conn.once("data", async (request) => {
      if (request.toString().trim() !== "backup") return conn.end("ERR unknown request\n");
      try {
        for (let i = 0; db.isInTransaction() && i < 1000; i++) await new Promise((r) => setTimeout(r, 10));
        const blob = await db.dumpDataDir("gzip");
        conn.write("OK\n");
        conn.end(Buffer.from(await blob.arrayBuffer()));
      } catch (err) {
        conn.end(`ERR ${err.message}\n`);
      }
    });
  });
  server.listen(socketPath);
  return { stop: () => new Promise((r) => server.close(() => (fs.rmSync(socketPath, { force: true }), r()))) };
}

let code = 1;
const open = [];
try {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const port = Number(process.env.PGLITE_PORT) || (await freePort());
  open.push([await serve(db, port), db]);
  if (dataDir) open.push([serveBackups(db, dataDir), { close: async () => {} }]);
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

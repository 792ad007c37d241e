#!/usr/bin/env node
// `npm run db:backup [-- file]`: a copy of the embedded database (PGLITE_DIR, default ./data/pglite)
// as one .tar.gz (PGlite's dumpDataDir), taken while the app runs or not.
//
// While `npm start` runs, the launcher (scripts/with-db.mjs) owns the directory; it takes the copy
// itself, on request over its control socket (<dir>.sock), between two queries and outside any
// open transaction, so the copy is a consistent state of the database. Otherwise this script opens
// the directory (holding the launcher's lock meanwhile). Restore with `npm run db:restore -- file`.
// PostgreSQL (DATABASE_URL set): use pg_dump / pg_restore, see README "Backup and restore".
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { controlSocketOf, dataDirFromEnv, liveOwner, takeLock } from "./pglite-lock.mjs";

if (process.env.DATABASE_URL) {
  console.error("db:backup is for the embedded database. On PostgreSQL: pg_dump --format=custom --file=heritage.dump \"$DATABASE_URL\" (README, Backup and restore).");
  process.exit(2);
}

const dataDir = dataDirFromEnv();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = path.resolve(process.argv[2] ?? path.join(path.dirname(dataDir), "backups", `pglite-${stamp}.tar.gz`));
fs.mkdirSync(path.dirname(file), { recursive: true });

if (!fs.existsSync(dataDir)) {
  console.error(`db:backup: there is no database at ${dataDir}.`);
  process.exit(1);
}

const owner = liveOwner(dataDir);
if (owner) {
  await new Promise((resolve, reject) => {
    const socket = net.connect(controlSocketOf(dataDir));
    const out = fs.createWriteStream(`${file}.partial`);
    let header = "";
    let streaming = false;
    socket.on("error", (err) => reject(new Error(`the running launcher (process ${owner}) did not answer on ${controlSocketOf(dataDir)}: ${err.message}`)));
    socket.on("data", (chunk) => {
      if (streaming) return out.write(chunk);
      header += chunk.toString("latin1");
      const nl = header.indexOf("\n");
      if (nl === -1) return;
      const status = header.slice(0, nl);
      if (status !== "OK") return reject(new Error(status));
      streaming = true;
      out.write(Buffer.from(header.slice(nl + 1), "latin1"));
    });
    socket.on("end", () => out.end(() => (streaming ? resolve() : reject(new Error("no answer")))));
    socket.write("backup\n");
  });
  fs.renameSync(`${file}.partial`, file);
} else {
  const release = takeLock(dataDir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PGLITE_EXTENSIONS } = await import("./pglite-extensions.mjs");
    const db = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
    const blob = await db.dumpDataDir("gzip");
    await db.close();
    fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  } finally {
    release();
  }
}
console.log(`db:backup: ${file} (${(fs.statSync(file).size / 1024).toFixed(0)} KB)${owner ? `, taken while process ${owner} served the database` : ""}`);

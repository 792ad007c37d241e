#!/usr/bin/env node
// `npm run db:restore -- file`: replaces the embedded database (PGLITE_DIR, default ./data/pglite)
// with a copy made by `npm run db:backup`. The app must be stopped. The database being replaced is
// not deleted: it is moved aside to <dir>.before-restore-<time>, so a wrong restore can be undone.
// PostgreSQL (DATABASE_URL set): use pg_restore, see README "Backup and restore".
import fs from "node:fs";
import path from "node:path";
import { dataDirFromEnv, liveOwner, takeLock } from "./pglite-lock.mjs";

if (process.env.DATABASE_URL) {
  console.error("db:restore is for the embedded database. On PostgreSQL: pg_restore --clean --if-exists --no-owner --dbname=\"$DATABASE_URL\" heritage.dump (README, Backup and restore).");
  process.exit(2);
}
const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error("usage: npm run db:restore -- <backup.tar.gz>   (a file written by npm run db:backup)");
  process.exit(2);
}
const dataDir = dataDirFromEnv();
const owner = liveOwner(dataDir);
if (owner) {
  console.error(`db:restore: the database ${dataDir} is in use by process ${owner}: stop the app first.`);
  process.exit(75);
}

const release = takeLock(dataDir);
const aside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
try {
  const { PGlite } = await import("@electric-sql/pglite");
    const { PGLITE_EXTENSIONS } = await import("./pglite-extensions.mjs");
  const blob = new Blob([fs.readFileSync(path.resolve(file))]);
  if (fs.existsSync(dataDir)) fs.renameSync(dataDir, aside);
  try {
    const db = await PGlite.create({ dataDir, loadDataDir: blob, extensions: PGLITE_EXTENSIONS });
    // A restored database must open and answer.
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`);
    await db.close();
    console.log(`db:restore: ${dataDir} restored from ${file} (${rows[0].n} tables).`);
  } catch (err) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (fs.existsSync(aside)) fs.renameSync(aside, dataDir);
    throw new Error(`the backup could not be opened, the database was left as it was: ${err.message}`);
  }
  if (fs.existsSync(aside)) console.log(`db:restore: the database it replaced is kept in ${aside}.`);
} catch (err) {
  console.error(`db:restore: ${err.message}`);
  process.exitCode = 1;
} finally {
  release();
}

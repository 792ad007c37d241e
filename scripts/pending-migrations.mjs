// Whether `npm start` must run `prisma migrate deploy` (scripts/app.mjs). The Prisma CLI takes about
// 12 s even when nothing is pending (its WebAssembly engine lingers; stack.md), most of a restart
// once the build is reused. This reads Prisma's own record, `_prisma_migrations`, and answers with
// the migrations the folder holds that the database has not applied with the same SQL (Prisma's
// checksum: SHA-256 of migration.sql). Anything unusual — no table yet, a failed or rolled-back
// migration, a migration the folder does not have — is reported too, so the CLI runs and says
// what is wrong: this only ever skips the CLI when it would have nothing to do.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * @param {string} databaseUrl
 * @param {string} [dir] the migrations folder
 * @returns {Promise<string[]>} what makes a deploy necessary; empty when the database is up to date
 */
export async function pendingMigrations(databaseUrl, dir = "prisma/migrations") {
  const folder = new Map(
    fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => [d.name, createHash("sha256").update(fs.readFileSync(path.join(dir, d.name, "migration.sql"))).digest("hex")]),
  );
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let rows;
    try {
      ({ rows } = await client.query(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`));
    } catch (err) {
      if (err.code === "42P01") return ["(no migration applied yet)"]; // undefined_table: a new database
      throw err;
    }
    const reasons = [];
    const applied = new Map();
    for (const r of rows) {
      if (r.rolled_back_at) continue;
      if (!r.finished_at) reasons.push(`${r.migration_name} (failed or unfinished)`);
      else applied.set(r.migration_name, r.checksum);
    }
    for (const [name, checksum] of folder) {
      if (!applied.has(name)) reasons.push(name);
      else if (applied.get(name) !== checksum) reasons.push(`${name} (changed since it was applied)`);
    }
    for (const name of applied.keys()) if (!folder.has(name)) reasons.push(`${name} (applied, but not in ${dir})`);
    return reasons;
  } finally {
    await client.end();
  }
}

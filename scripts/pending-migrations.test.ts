// When `npm start` may skip `prisma migrate deploy`: against a real database (PGlite served over the
// PostgreSQL protocol, as scripts/with-db.mjs does), with Prisma's own record of what it applied.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingMigrations } from "./pending-migrations.mjs";

let db: PGlite;
let server: PGLiteSocketServer;
let url: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));

function migration(name: string, sql: string) {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  return createHash("sha256").update(sql).digest("hex");
}

beforeAll(async () => {
  db = await PGlite.create();
  server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1" });
  await server.start();
  const port = (server as unknown as { server: { address(): { port: number } } }).server.address().port;
  url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
});

afterAll(async () => {
  await server.stop();
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// The columns Prisma's migrate deploy writes.
const record = (name: string, checksum: string, finished = true, rolledBack = false) =>
  db.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, rolled_back_at, started_at, applied_steps_count) VALUES ($1, $2, $3, ${finished ? "now()" : "NULL"}, ${rolledBack ? "now()" : "NULL"}, now(), 1)`, [name, checksum, name]);

describe("pendingMigrations", () => {
  it("asks for a deploy on a new database, then skips it only while every migration is applied with the same SQL", async () => {
    const first = migration("20260101000000_init", "CREATE TABLE a (id int);\n");
    expect(await pendingMigrations(url, dir)).toEqual(["(no migration applied yet)"]);

    await db.exec(`CREATE TABLE "_prisma_migrations" (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0)`);
    expect(await pendingMigrations(url, dir)).toEqual(["20260101000000_init"]);
    await record("20260101000000_init", first);
    expect(await pendingMigrations(url, dir)).toEqual([]);

    // A new migration in the folder (a pull, an upgrade) is pending.
    const second = migration("20260201000000_more", "ALTER TABLE a ADD b int;\n");
    expect(await pendingMigrations(url, dir)).toEqual(["20260201000000_more"]);
    await record("20260201000000_more", second);
    expect(await pendingMigrations(url, dir)).toEqual([]);

    // An applied migration edited afterwards: Prisma must say so.
    migration("20260201000000_more", "ALTER TABLE a ADD c int;\n");
    expect(await pendingMigrations(url, dir)).toEqual(["20260201000000_more (changed since it was applied)"]);
    migration("20260201000000_more", "ALTER TABLE a ADD b int;\n");
  });

  it("leaves a failed migration, or one the folder lacks, to the CLI", async () => {
    await record("20260301000000_broken", "x", false);
    expect(await pendingMigrations(url, dir)).toEqual(["20260301000000_broken (failed or unfinished)"]);
    await db.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = '20260301000000_broken'`);
    await record("20260401000000_elsewhere", "y");
    expect(await pendingMigrations(url, dir)).toEqual([`20260401000000_elsewhere (applied, but not in ${dir})`]);
  });
});

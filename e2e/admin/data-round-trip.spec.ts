import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { databaseUrl, withDb } from "./helpers";

// npm run data:export → data:import into an empty database → data:export: the two archives are
// identical, on the embedded database and on PostgreSQL. The exported database is the suite's own,
// with whatever drafts, revisions and accounts the other specs have written by now.

const run = (cmd: string, env: Record<string, string>) => execFileSync("sh", ["-c", cmd], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 300_000 });

test("export → import → export is identical, and a non-empty database is refused", async () => {
  test.setTimeout(400_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hw-archive-"));
  const [first, second] = [path.join(dir, "first.json"), path.join(dir, "second.json")];
  expect(run(`npx tsx scripts/data-export.ts --out ${first}`, {})).toContain("data:export:");
  const archive = JSON.parse(fs.readFileSync(first, "utf8"));
  expect(archive.format).toBe("heritage-watch-archive");
  // Accounts, never their secrets.
  expect(JSON.stringify(archive.files["history.json"].users)).not.toMatch(/password|scrypt/i);
  expect(archive.files["history.json"].users.length).toBeGreaterThanOrEqual(3);

  // Into the running database: refused, nothing changed.
  let refused = "";
  try {
    run(`npx tsx scripts/data-import.ts ${first}`, {});
  } catch (err) {
    refused = String((err as { stderr?: string }).stderr);
  }
  expect(refused).toContain("the database is not empty");

  const roundTrip = `npx prisma migrate deploy >/dev/null 2>&1 && npx tsx scripts/data-import.ts ${first} && npx tsx scripts/data-export.ts --out ${second}`;
  if (process.env.HERITAGE_EMBEDDED === "1") {
    // A second, empty embedded database.
    run(`node scripts/with-db.mjs --memory -- sh -c '${roundTrip}'`, { DATABASE_URL: "", HERITAGE_EMBEDDED: "" });
  } else {
    const name = `hw_roundtrip_${process.pid}`;
    await withDb((c) => c.query(`CREATE DATABASE ${name}`));
    try {
      const url = new URL(databaseUrl());
      url.pathname = `/${name}`;
      run(roundTrip, { DATABASE_URL: url.toString() });
    } finally {
      await withDb((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  }
  expect(fs.readFileSync(second, "utf8")).toBe(fs.readFileSync(first, "utf8"));
});

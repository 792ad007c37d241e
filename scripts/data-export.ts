// `npm run data:export -- [--out FILE]`: the whole database — published and draft records, their
// history, the accounts (never a password hash) — as one archive in the dataset format
// (data/README.md, "Archives"). The same database always gives the same file.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { exportDataset, ExportError, toArchive } from "../lib/dataset/export";
import { loadDataset } from "../lib/dataset/load";
import { PALMYRA_DIR } from "../lib/dataset/palmyra";
import { db } from "../lib/db";
import { datasetDir } from "../lib/env";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const out = values.out ?? `heritage-watch-${new Date().toISOString().slice(0, 10)}.json`;
const prisma = db();
try {
  // The archive's manifest (name, licence, period) is the dataset's own.
  const { manifest } = loadDataset(datasetDir() ?? PALMYRA_DIR);
  const dataset = await prisma.$transaction((tx) => exportDataset(tx, manifest), { isolationLevel: "RepeatableRead", timeout: 120_000 });
  writeFileSync(out, JSON.stringify(toArchive(dataset), null, 2) + "\n");
  const claims = dataset.sources.reduce((n, s) => n + s.claims.length, 0) + (dataset.unsourced?.length ?? 0);
  console.log(`data:export: ${out} — ${dataset.sources.length} sources, ${dataset.monuments.length} monuments, ${claims} claims, ${dataset.history?.revisions.length ?? 0} revisions, ${dataset.history?.users.length ?? 0} accounts`);
} catch (err) {
  console.error(`data:export: ${err instanceof ExportError ? err.message : err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}

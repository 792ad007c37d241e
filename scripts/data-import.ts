// `npm run data:import -- ARCHIVE|FOLDER [--replace]`: loads an archive (npm run data:export) or a
// dataset folder into an empty database, checked record by record first. A database that already
// holds data is refused unless --replace says to delete everything in it first.
import { statSync } from "node:fs";
import { parseArgs } from "node:util";
import { importDataset } from "../lib/dataset/import";
import { DatasetError } from "../lib/dataset/load";
import { readArchive, readDatasetDir } from "../lib/dataset/read";
import { validateDataset } from "../lib/dataset/validate";
import { db } from "../lib/db";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { replace: { type: "boolean", default: false } } });
const fail = (message: string): never => {
  console.error(`data:import: ${message}`);
  process.exit(2);
};
const from = positionals[0] ?? fail("name the archive file or dataset folder to import: npm run data:import -- FILE");
let raw;
try {
  raw = statSync(from).isDirectory() ? readDatasetDir(from) : readArchive(from);
} catch (err) {
  fail((err as Error).message);
}
const checked = validateDataset(raw!);
if (!checked.ok) fail(new DatasetError(from, checked.errors).message);

const prisma = db();
try {
  const n = await prisma.$transaction(
    async (tx) => {
      const [sites, users, sources] = await Promise.all([tx.site.count(), tx.user.count(), tx.source.count()]);
      if (sites + users + sources > 0) {
        if (!values.replace) {
          throw new Error(`the database is not empty (${sites} sites, ${sources} sources, ${users} accounts). Import into an empty database, or pass --replace to delete everything in it first (take a backup before).`);
        }
        // Children before parents; sign-in sessions and rate limits go too: their accounts may not come back.
        await tx.revision.deleteMany();
        await tx.citation.deleteMany();
        await tx.damageEvent.updateMany({ data: { sameAsId: null } });
        await tx.damageEvent.deleteMany();
        await tx.controlPeriod.deleteMany();
        await tx.monumentName.deleteMany();
        await tx.monument.updateMany({ data: { parentId: null } });
        await tx.monument.deleteMany();
        await tx.actorAlias.deleteMany();
        await tx.actor.deleteMany();
        await tx.source.deleteMany();
        await tx.siteName.deleteMany();
        await tx.site.deleteMany();
        await tx.session.deleteMany();
        await tx.account.deleteMany();
        await tx.verification.deleteMany();
        await tx.rateLimit.deleteMany();
        await tx.user.deleteMany();
      }
      return importDataset(tx, checked.ok ? checked.dataset : (undefined as never));
    },
    { timeout: 300_000 },
  );
  console.log(`data:import: ${from} — ${n.sources} sources, ${n.monuments} monuments, ${n.claims} claims, ${n.quotes} quotes`);
  console.log("data:import: imported accounts have no password; set one with `npm run user:password -- --email …`.");
} catch (err) {
  fail((err as Error).message);
} finally {
  await prisma.$disconnect();
}

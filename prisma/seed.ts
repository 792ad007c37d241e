// `npm run db:seed`, and the start command: seeds an empty database from the dataset files in
// data/ (DATASET_DIR, default data/palmyra); running it again changes nothing.
import { importDataset } from "../lib/dataset/import";
import { loadDataset } from "../lib/dataset/load";
import { PALMYRA_DIR } from "../lib/dataset/palmyra";
import { db } from "../lib/db";
import { datasetDir, isEmbeddedDatabase } from "../lib/env";
import { seedDemoAccounts } from "../lib/users";

const prisma = db();
try {
  const dir = datasetDir() ?? PALMYRA_DIR;
  const dataset = loadDataset(dir);
  if (await prisma.site.findUnique({ where: { slug: dataset.site.slug }, select: { id: true } })) {
    console.log(`seed: the ${dataset.manifest.name} dataset is already there, nothing to do`);
  } else {
    const n = await prisma.$transaction((tx) => importDataset(tx, dataset), { timeout: 120_000 });
    console.log(`seed: ${dataset.manifest.name} dataset ${dataset.manifest.version} written (${n.sources} sources, ${n.monuments} monuments, ${n.claims} claims, ${n.quotes} quotes)`);
  }
  // Demo accounts with a published password exist only in the local embedded database; a
  // PostgreSQL deployment creates its first admin with `npm run user:create`.
  if (isEmbeddedDatabase()) {
    const created = await seedDemoAccounts(prisma);
    if (created) console.log(`seed: ${created} demo accounts created (see README: editor@, reviewer@, admin@heritage.local)`);
  }
} finally {
  await prisma.$disconnect();
}

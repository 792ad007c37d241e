// `npm run db:seed`: writes the dataset in data/ (DATASET_DIR, default data/palmyra) unless it is
// there already; running it again changes nothing. The start command passes --if-empty: it seeds
// only a database without any site, and leaves a database of other records as it is.
import { importDataset } from "../lib/dataset/import";
import { loadDataset } from "../lib/dataset/load";
import { PALMYRA_DIR } from "../lib/dataset/palmyra";
import { db } from "../lib/db";
import { datasetDir, isEmbeddedDatabase } from "../lib/env";
import { seedDemoAccounts } from "../lib/users";

const onlyIfEmpty = process.argv.includes("--if-empty");
const prisma = db();
try {
  const dir = datasetDir() ?? PALMYRA_DIR;
  const dataset = loadDataset(dir);
  const sites = await prisma.site.count();
  if (await prisma.site.findUnique({ where: { slug: dataset.site.slug }, select: { id: true } })) {
    console.log(`seed: the ${dataset.manifest.name} dataset is already there, nothing to do`);
  } else if (onlyIfEmpty && sites > 0) {
    // `npm start` on a database that holds other records (an import, `npm run data:generate`): the
    // operator's data is left as it is; `npm run db:seed` adds the dataset beside it when asked.
    console.log(`seed: the database already holds ${sites} site${sites === 1 ? "" : "s"}; the ${dataset.manifest.name} dataset is not added (npm run db:seed adds it)`);
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

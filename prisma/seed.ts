// `npm run db:seed`, and the start command: seeds an empty database; running it again changes nothing.
import { db } from "../lib/db";
import { isEmbeddedDatabase } from "../lib/env";
import { seedDemoAccounts } from "../lib/users";
import { seedPalmyra } from "./seed-palmyra";

const prisma = db();
try {
  const result = await seedPalmyra(prisma);
  console.log(
    result
      ? `seed: Palmyra dataset written (${result.sources} sources, ${result.monuments} monuments, ${result.events} damage claims)`
      : "seed: the Palmyra dataset is already there, nothing to do",
  );
  // Demo accounts with a published password exist only in the local embedded database; a
  // PostgreSQL deployment creates its first admin with `npm run user:create`.
  if (isEmbeddedDatabase()) {
    const created = await seedDemoAccounts(prisma);
    if (created) console.log(`seed: ${created} demo accounts created (see README: editor@, reviewer@, admin@heritage.local)`);
  }
} finally {
  await prisma.$disconnect();
}

// `npm run db:seed`, and the start command: seeds an empty database; running it again changes nothing.
import { db } from "../lib/db";
import { seedPalmyra } from "./seed-palmyra";

const prisma = db();
try {
  const result = await seedPalmyra(prisma);
  console.log(
    result
      ? `seed: Palmyra dataset written (${result.sources} sources, ${result.monuments} monuments, ${result.events} damage claims)`
      : "seed: the Palmyra dataset is already there, nothing to do",
  );
} finally {
  await prisma.$disconnect();
}

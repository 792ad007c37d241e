// `npm run user:password -- --email someone@example.org`: sets an account's password (an account
// restored by data:import has none). The password comes from HERITAGE_USER_PASSWORD, or is asked for.
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { setPassword } from "../lib/users";
import { askHidden } from "./ask-hidden";

const { values } = parseArgs({ options: { email: { type: "string" } } });
const fail = (message: string) => {
  console.error(`user:password: ${message}`);
  process.exit(2);
};
if (!values.email) fail("give --email name@example.org");
const password = process.env.HERITAGE_USER_PASSWORD ?? (await askHidden("New password (10+ characters): "));
if (password.length < 10) fail("the password must have at least 10 characters");
const prisma = db();
try {
  const user = await setPassword(prisma, values.email!, password);
  console.log(`user:password: password set for ${user.email}; its sessions were signed out`);
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
} finally {
  await prisma.$disconnect();
}

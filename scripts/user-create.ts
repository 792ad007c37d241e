// `npm run user:create -- --email someone@example.org --role admin [--name "Full Name"]`
// Creates an account on the configured database (PostgreSQL deployments have no demo accounts).
// The password comes from HERITAGE_USER_PASSWORD, or is asked for without echo.
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { isRole } from "../lib/permissions";
import { createUser } from "../lib/users";
import { askHidden } from "./ask-hidden";

const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } } });
const fail = (message: string) => {
  console.error(`user:create: ${message}`);
  process.exit(2);
};
if (!values.email || !/^[^@\s]+@[^@\s]+$/.test(values.email)) fail("give --email name@example.org");
if (!isRole(values.role)) fail("give --role editor, reviewer or admin");
const password = process.env.HERITAGE_USER_PASSWORD ?? (await askHidden("Password (10+ characters): "));
if (password.length < 10) fail("the password must have at least 10 characters");

const prisma = db();
try {
  const user = await createUser(prisma, { email: values.email!, name: values.name ?? values.email!.split("@")[0]!, role: values.role as "admin", password });
  console.log(`user:create: ${user.email} created with role ${user.role}`);
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
} finally {
  await prisma.$disconnect();
}

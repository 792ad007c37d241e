// Creating accounts outside the web (the seed's demo accounts, `npm run user:create`): sign-up is
// closed in lib/auth.ts. Writes the same rows better-auth's email sign-up would: a User and a
// "credential" Account holding the scrypt hash made by better-auth's own hashPassword.
import { hashPassword } from "better-auth/crypto";
import type { Db } from "./db";
import type { Role } from "./permissions";

export const DEMO_PASSWORD = "heritage-demo";
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "editor@heritage.local", name: "Demo Editor", role: "editor" },
  { email: "reviewer@heritage.local", name: "Demo Reviewer", role: "reviewer" },
  { email: "admin@heritage.local", name: "Demo Admin", role: "admin" },
];

export async function createUser(prisma: Db, { email, name, role, password }: { email: string; name: string; role: Role; password: string }) {
  const normalized = email.trim().toLowerCase();
  if (await prisma.user.findUnique({ where: { email: normalized }, select: { id: true } })) {
    throw new Error(`An account for ${normalized} already exists.`);
  }
  const hash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: normalized, name, role, emailVerified: true }, select: { id: true, email: true, role: true } });
    await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash }, select: { id: true } });
    return user;
  });
}

/** The three demo accounts, for the embedded quick-start database only. Idempotent. */
export async function seedDemoAccounts(prisma: Db) {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    await createUser(prisma, { ...account, password: DEMO_PASSWORD });
    created++;
  }
  return created;
}

/** Sets (or replaces) an existing account's password: for accounts restored by data:import, which carry none. */
export async function setPassword(prisma: Db, email: string, password: string) {
  const user = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true } });
  if (!user) throw new Error(`No account for ${email}.`);
  const hash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    await tx.account.deleteMany({ where: { userId: user.id, providerId: "credential" } });
    await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash }, select: { id: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
  });
  return user;
}

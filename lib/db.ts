import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";

// The one Prisma client. Created on first use, never at import time: `next build` imports every
// route module while collecting page data, before any database is reachable. Not "server-only":
// the seed script and the e2e factories use it under tsx; the data layer (lib/queries) is.
// Password hashes are omitted from every query, so no page or action can leak one by accident.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient>; authPrisma?: PrismaClient };

function adapter() {
  return new PrismaPg({ connectionString: getEnv().DATABASE_URL, max: 10 });
}

function createClient() {
  return new PrismaClient({ adapter: adapter(), omit: { account: { password: true } } });
}

export function db() {
  if (!globalForPrisma.prisma) globalForPrisma.prisma = createClient();
  return globalForPrisma.prisma;
}

export type Db = ReturnType<typeof db>;
// A transaction client (what `db().$transaction(async (tx) => …)` passes), also satisfied by db() itself.
export type Tx = Omit<Db, "$transaction" | "$connect" | "$disconnect" | "$on" | "$extends">;

/**
 * The client better-auth's adapter uses, and only it (lib/auth.ts): the adapter reads rows without
 * a `select`, so the global omit above would hide the hash it must verify at sign-in.
 */
export function authDb(): PrismaClient {
  if (!globalForPrisma.authPrisma) globalForPrisma.authPrisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: getEnv().DATABASE_URL, max: 3 }) });
  return globalForPrisma.authPrisma;
}

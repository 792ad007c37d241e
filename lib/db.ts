import { PrismaPg } from "@prisma/adapter-pg";
import { clearLogs } from "@prisma/debug";
import { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";

// The one Prisma client. Created on first use, never at import time: `next build` imports every
// route module while collecting page data, before any database is reachable. Not "server-only":
// the seed script and the e2e factories use it under tsx; the data layer (lib/queries) is.
// Password hashes are omitted from every query, so no page or action can leak one by accident.
const globalForPrisma = globalThis as unknown as {
  prisma?: ReturnType<typeof createClient>;
  editorPrisma?: ReturnType<typeof createClient>;
  authPrisma?: PrismaClient;
  prismaQueryLogs?: Set<() => void>;
};

// Editors' connections name themselves: on the embedded database, scripts/with-db.mjs gives them the
// next turn on PGlite's single session, so a save never queues behind anonymous readers; on
// PostgreSQL the name only labels them (pg_stat_activity).
const EDITOR_APPLICATION_NAME = "heritage-editor";

// The clients live on globalThis, shared by Next's bundles, each with its own copy of @prisma/debug
// (see forgetQueryLog): each bundle that loads this module lists its copy's eraser beside them.
(globalForPrisma.prismaQueryLogs ??= new Set()).add(clearLogs);

function adapter(pool: { max: number; application_name?: string }) {
  return new PrismaPg({ connectionString: getEnv().DATABASE_URL, ...pool });
}

function createClient(pool: { max: number; application_name?: string } = { max: 10 }) {
  return new PrismaClient({ adapter: adapter(pool), omit: { account: { password: true } } });
}

export function db() {
  if (!globalForPrisma.prisma) globalForPrisma.prisma = createClient();
  return globalForPrisma.prisma;
}

/**
 * The same client on editors' own connections: the admin reads and every write transaction
 * (lib/actions/authorized-action.ts), so readers of the public pages and the API never stand
 * between an editor and the database.
 */
export function editorDb(): Db {
  if (!globalForPrisma.editorPrisma) globalForPrisma.editorPrisma = createClient({ max: 4, application_name: EDITOR_APPLICATION_NAME });
  return globalForPrisma.editorPrisma;
}

export type Db = ReturnType<typeof db>;
// A transaction client (what `db().$transaction(async (tx) => …)` passes), also satisfied by db() itself.
export type Tx = Omit<Db, "$transaction" | "$connect" | "$disconnect" | "$on" | "$extends">;

/**
 * The client better-auth's adapter uses, and only it (lib/auth.ts): the adapter reads rows without
 * a `select`, so the global omit above would hide the hash it must verify at sign-in.
 */
export function authDb(): PrismaClient {
  if (!globalForPrisma.authPrisma) globalForPrisma.authPrisma = new PrismaClient({ adapter: adapter({ max: 3, application_name: EDITOR_APPLICATION_NAME }) });
  return globalForPrisma.authPrisma;
}

/**
 * Drop the queries Prisma's driver adapter remembers. It logs every query with its parameters into a
 * history of the last 100 (@prisma/debug, kept for its error reports, whether or not DEBUG is set):
 * after a full download, whose batches ask for 1,000 ids at a time, that history held 45 MB of ids
 * until a hundred other queries pushed them out. Called when a download ends (lib/api/responses.ts).
 * @prisma/debug is pinned to the version @prisma/adapter-pg uses: lib/api/responses.test.ts logs
 * through the adapter's own copy and fails if the two part.
 */
export function forgetQueryLog() {
  for (const clear of globalForPrisma.prismaQueryLogs ?? []) clear();
}

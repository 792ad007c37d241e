// A driver adapter for the Prisma CLI only (migrate deploy/dev/status/reset), built on
// @prisma/adapter-pg 6.19 with four workarounds; the app itself uses PrismaPg directly (lib/db.ts).
// A Prisma upgrade may make these unnecessary or break them: CI's migration smoke test catches it.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parse } from "pg-connection-string";

// 1. prisma/orm#27403: the adapter cannot decode catalog types the schema engine reads.
//    Report them as text / text[] so it can.
const AS_TEXT = new Set([18, 19, 22, 24, 28, 30, 194]); // "char", name, int2vector, regproc, xid, oidvector, pg_node_tree
const AS_TEXT_ARRAY = new Set([1002, 1003]); // "char"[], name[]
const TEXT = 25;
const TEXT_ARRAY = 1009;
const mapOid = (oid: number) => (AS_TEXT.has(oid) ? TEXT : AS_TEXT_ARRAY.has(oid) ? TEXT_ARRAY : oid);

// 4. PostgreSQL 18 (PGlite) stores NOT NULL as pg_constraint rows with contype 'n'; Prisma 6.19's
//    describer does not expect them among "other" constraints and panics. Exclude them.
const rewriteSql = (sql: string) => sql.replace("contype NOT IN ('p', 'u', 'f')", "contype NOT IN ('p', 'u', 'f', 'n')");

type Result = { fields?: { dataTypeID: number }[] };
const patchResult = <T>(res: T): T => {
  for (const r of Array.isArray(res) ? res : [res]) {
    for (const f of (r as Result)?.fields ?? []) f.dataTypeID = mapOid(f.dataTypeID);
  }
  return res;
};

type QueryConfig = { text: string; types?: { getTypeParser: (oid: number, format?: string) => unknown } };

class CatalogTolerantClient extends pg.Client {
  // pg.Pool calls the callback form, the adapter the promise form: wrap both.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(config: any, values?: any, callback?: any): any {
    if (typeof config !== "string" && (typeof config !== "object" || config === null || "submit" in config)) {
      return super.query(config, values, callback);
    }
    const cfg: QueryConfig = typeof config === "string" ? { text: config } : { ...config };
    cfg.text = rewriteSql(cfg.text);
    const parsers = cfg.types ?? pg.types;
    cfg.types = { getTypeParser: (oid, format) => parsers.getTypeParser(mapOid(oid), format as "text") };
    if (typeof values === "function") [values, callback] = [undefined, values];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const query = super.query.bind(this) as (...args: any[]) => any;
    if (typeof callback === "function") {
      return query(cfg, values, (err: Error | null, res: unknown) => callback(err, err ? res : patchResult(res)));
    }
    return (query(cfg, values) as Promise<unknown>).then(patchResult);
  }
}

function poolConfig(url: string): pg.PoolConfig {
  // 2. Discrete fields, not a connectionString: adapter-pg builds the shadow pool as
  //    {...config, database}, and a connectionString would silently override `database`.
  const c = parse(url);
  return {
    host: c.host ?? "127.0.0.1",
    port: c.port ? Number(c.port) : 5432,
    user: c.user ?? undefined,
    password: c.password ?? undefined,
    database: c.database ?? undefined,
    ssl: false,
    Client: CatalogTolerantClient,
  };
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(
    private readonly url: string,
    private readonly shadowUrl: string | undefined,
  ) {
    super(poolConfig(url));
  }

  async connectToShadowDb() {
    // Embedded PGlite serves one database per socket: the launcher serves a second, in-memory
    // one as SHADOW_DATABASE_URL.
    if (this.shadowUrl) return new PrismaPg(poolConfig(this.shadowUrl)).connect();
    // 3. On PostgreSQL, close the shadow pool before dropping its database (adapter-pg drops
    //    first and fails with "being accessed by other users").
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...poolConfig(this.url), database }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow;
  }
}

export function migrationAdapter(url: string | undefined, shadowUrl?: string) {
  if (!url) throw new Error("DATABASE_URL is not set: run Prisma through scripts/with-db.mjs (npm run db:*)");
  return new MigrationAdapterFactory(url, shadowUrl);
}

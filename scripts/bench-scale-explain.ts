// Run by scripts/bench-scale.mjs inside scripts/with-db.mjs: prints the PostgreSQL plans of the
// queries the paged lists and the change feed run, on whatever database DATABASE_URL names, so a
// reader can see which index each one uses (and that none reads a whole table to show one page).
import pg from "pg";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const one = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0];
const monument = (await one(`SELECT id FROM "Monument" WHERE state = 'PUBLISHED' ORDER BY id LIMIT 1 OFFSET 5`))?.id ?? "";
const event = (await one(`SELECT id FROM "DamageEvent" WHERE "sameAsId" IS NOT NULL LIMIT 1`))?.id ?? "";
const since = new Date(Date.now() - 3_600_000).toISOString();

// The SQL Prisma sends for each list, reduced to what decides the plan (where, order, limit).
const QUERIES: [string, string, unknown[]][] = [
  [
    "/events, first page (published, date order)",
    `SELECT e.id FROM "DamageEvent" e JOIN "Monument" m ON m.id = e."monumentId" AND m.state = 'PUBLISHED' AND m."archivedAt" IS NULL
     WHERE e.state = 'PUBLISHED' AND e."archivedAt" IS NULL ORDER BY e."dateEarliest" ASC NULLS LAST, e."dateLatest" ASC NULLS LAST, e.id LIMIT 25`,
    [],
  ],
  [
    "/events?monument=… (one monument's events)",
    `SELECT e.id FROM "DamageEvent" e WHERE e."monumentId" = $1 AND e.state = 'PUBLISHED' AND e."archivedAt" IS NULL ORDER BY e."dateEarliest" ASC NULLS LAST, e."dateLatest" ASC NULLS LAST, e.id LIMIT 25`,
    [monument],
  ],
  ["the accounts of one occurrence (support, disagreements)", `SELECT id FROM "DamageEvent" WHERE id = ANY($1) OR "sameAsId" = ANY($1)`, [[event]]],
  [
    "/monuments and /api/v1/monuments (top level, by name)",
    `SELECT id FROM "Monument" WHERE state = 'PUBLISHED' AND "archivedAt" IS NULL ORDER BY "parentId" ASC NULLS FIRST, name, id LIMIT 100`,
    [],
  ],
  [
    "/events?sort=date-desc, the overview's latest (lib/queries/events.ts)",
    `SELECT e.id FROM "DamageEvent" e WHERE e.state = 'PUBLISHED' AND e."archivedAt" IS NULL ORDER BY e."dateEarliest" DESC NULLS LAST, e."dateLatest" DESC NULLS LAST, e.id LIMIT 25`,
    [],
  ],
  [
    "/sources (oldest first)",
    `SELECT id FROM "Source" WHERE state = 'PUBLISHED' AND "archivedAt" IS NULL ORDER BY "publishedEarliest" ASC NULLS LAST, title, id LIMIT 100`,
    [],
  ],
  ["change feed: events changed since an hour ago", `SELECT id FROM "DamageEvent" WHERE "updatedAt" > $1 OR "createdAt" > $1`, [since]],
  ["change feed: monuments changed since an hour ago", `SELECT id FROM "Monument" WHERE "updatedAt" > $1 OR "createdAt" > $1`, [since]],
  [
    "search: monuments by name (lib/queries/search-candidates.ts)",
    `SELECT id FROM "Monument" WHERE search_fold_compact(name) LIKE $1 UNION SELECT "monumentId" FROM "MonumentName" WHERE search_fold_compact(value) LIKE $1`,
    ["%tower%"],
  ],
  [
    "search: quotes by word (full text)",
    `SELECT "damageEventId" FROM "Citation" WHERE "archivedAt" IS NULL AND "damageEventId" IS NOT NULL AND search_words(quote) @@ to_tsquery('simple', $1) LIMIT 200`,
    ["collapsed:*"],
  ],
  [
    "search: events by word (full text)",
    `SELECT id FROM "DamageEvent" WHERE search_words(description || ' ' || coalesce("dateText", '')) @@ to_tsquery('simple', $1) LIMIT 200`,
    ["collapsed:*"],
  ],
  ["admin list: events, most recently changed first", `SELECT id FROM "DamageEvent" ORDER BY "updatedAt" DESC, id LIMIT 50`, []],
];

for (const [label, sql, params] of QUERIES) {
  const plan = (await client.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${sql}`, params)).rows.map((r) => r["QUERY PLAN"] as string);
  console.log(`\n  ${label}`);
  for (const line of plan) console.log(`    ${line}`);
}
await client.end();

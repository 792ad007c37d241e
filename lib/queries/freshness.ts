import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { FeedScope } from "./feed";

// When what a page shows last changed: the newest published record (monument, claim, quote, source,
// control period) in its scope, read as a few indexed max() queries. Every page prints it, so it must
// not read the change history: on 200,000 claims the feed's full reading took the server's memory.
// It is the time of the newest entry the scope's Atom feed carries (null when nothing is published).

type At = { at: Date | null }[];
const PUBLIC = `state = 'PUBLISHED' AND "archivedAt" IS NULL`;

async function newest(scope: FeedScope): Promise<Date | null> {
  if (scope.kind === "all") {
    const [r] = await db().$queryRawUnsafe<At>(`SELECT greatest(
      (SELECT max("updatedAt") FROM "Monument" WHERE ${PUBLIC}),
      (SELECT max("updatedAt") FROM "DamageEvent" WHERE ${PUBLIC}),
      (SELECT max("updatedAt") FROM "Source" WHERE ${PUBLIC}),
      (SELECT max("updatedAt") FROM "ControlPeriod" WHERE ${PUBLIC}),
      (SELECT max("updatedAt") FROM "Citation" WHERE "archivedAt" IS NULL)) AS at`);
    return r?.at ?? null;
  }
  if (scope.kind === "site") {
    const [r] = await db().$queryRaw<At>`SELECT greatest(
      (SELECT max("updatedAt") FROM "Monument" WHERE "siteId" = ${scope.siteId} AND state = 'PUBLISHED' AND "archivedAt" IS NULL),
      (SELECT max(e."updatedAt") FROM "DamageEvent" e JOIN "Monument" m ON m.id = e."monumentId"
        WHERE m."siteId" = ${scope.siteId} AND e.state = 'PUBLISHED' AND e."archivedAt" IS NULL),
      (SELECT max(c."updatedAt") FROM "Citation" c JOIN "DamageEvent" e ON e.id = c."damageEventId" JOIN "Monument" m ON m.id = e."monumentId"
        WHERE m."siteId" = ${scope.siteId} AND c."archivedAt" IS NULL),
      (SELECT max("updatedAt") FROM "ControlPeriod" WHERE state = 'PUBLISHED' AND "archivedAt" IS NULL)) AS at`;
    return r?.at ?? null;
  }
  const [r] = await db().$queryRaw<At>`SELECT greatest(
    (SELECT max("updatedAt") FROM "Monument" WHERE id = ${scope.monumentId} AND state = 'PUBLISHED' AND "archivedAt" IS NULL),
    (SELECT max("updatedAt") FROM "DamageEvent" WHERE "monumentId" = ${scope.monumentId} AND state = 'PUBLISHED' AND "archivedAt" IS NULL),
    (SELECT max(c."updatedAt") FROM "Citation" c JOIN "DamageEvent" e ON e.id = c."damageEventId"
      WHERE e."monumentId" = ${scope.monumentId} AND c."archivedAt" IS NULL),
    (SELECT max(s."updatedAt") FROM "Source" s JOIN "Citation" c ON c."sourceId" = s.id JOIN "DamageEvent" e ON e.id = c."damageEventId"
      WHERE e."monumentId" = ${scope.monumentId} AND s.state = 'PUBLISHED' AND s."archivedAt" IS NULL)) AS at`;
  return r?.at ?? null;
}

export const getLastUpdated = cache(async (scope: FeedScope): Promise<string | null> => (await newest(scope))?.toISOString() ?? null);

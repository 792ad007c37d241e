-- Derived status kept in the database (issue 15): a list reads one row per monument instead of
-- every claim of every monument. lib/status-store.ts fills MonumentStatus. The rules below note,
-- in the writing statement itself, every monument whose status the write may change, so no write
-- path can forget to.
--
-- Rules, not triggers: the migration engine (through @prisma/adapter-pg) splits a script into
-- statements at every semicolon, which a PL/pgSQL function body cannot avoid. A rule is one
-- statement. Its one constraint: INSERT ... ON CONFLICT cannot target a table with INSERT or
-- UPDATE rules, and no code writes Monument, DamageEvent, Citation or Source that way.
-- This file holds no semicolon inside a statement or a comment for the same reason.

CREATE TABLE "MonumentStatus" (
    "monumentId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "derived" JSONB NOT NULL,
    "derivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonumentStatus_pkey" PRIMARY KEY ("monumentId")
);

CREATE TABLE "MonumentStatusStale" (
    "monumentId" TEXT NOT NULL,

    CONSTRAINT "MonumentStatusStale_pkey" PRIMARY KEY ("monumentId")
);

CREATE INDEX "MonumentStatus_status_idx" ON "MonumentStatus"("status");

ALTER TABLE "MonumentStatus" ADD CONSTRAINT "MonumentStatus_monumentId_fkey" FOREIGN KEY ("monumentId") REFERENCES "Monument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A monument: itself and its parent (a parent summarises its components), before and after.
CREATE RULE "Monument_status_stale_insert" AS ON INSERT TO "Monument" DO ALSO
  INSERT INTO "MonumentStatusStale" ("monumentId") SELECT x FROM (VALUES (NEW."id"), (NEW."parentId")) v(x) WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
CREATE RULE "Monument_status_stale_update" AS ON UPDATE TO "Monument"
  WHERE OLD."parentId" IS DISTINCT FROM NEW."parentId" OR OLD."state" IS DISTINCT FROM NEW."state" OR OLD."archivedAt" IS DISTINCT FROM NEW."archivedAt" DO ALSO
  INSERT INTO "MonumentStatusStale" ("monumentId") SELECT x FROM (VALUES (NEW."id"), (OLD."parentId"), (NEW."parentId")) v(x) WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
CREATE RULE "Monument_status_stale_delete" AS ON DELETE TO "Monument" DO ALSO
  INSERT INTO "MonumentStatusStale" ("monumentId") SELECT x FROM (VALUES (OLD."id"), (OLD."parentId")) v(x) WHERE x IS NOT NULL ON CONFLICT DO NOTHING;

-- A claim: the monument it is about, before and after (an edit can move it to another monument).
CREATE RULE "DamageEvent_status_stale_insert" AS ON INSERT TO "DamageEvent" DO ALSO
  INSERT INTO "MonumentStatusStale" ("monumentId") VALUES (NEW."monumentId") ON CONFLICT DO NOTHING;
CREATE RULE "DamageEvent_status_stale_update" AS ON UPDATE TO "DamageEvent" DO ALSO
  INSERT INTO "MonumentStatusStale" ("monumentId") SELECT DISTINCT x FROM (VALUES (OLD."monumentId"), (NEW."monumentId")) v(x) ON CONFLICT DO NOTHING;
CREATE RULE "DamageEvent_status_stale_delete" AS ON DELETE TO "DamageEvent" DO ALSO
  INSERT INTO "MonumentStatusStale" ("monumentId") VALUES (OLD."monumentId") ON CONFLICT DO NOTHING;

-- A quote under a claim: the dates and origins of its source count on knowledge time and in support.
CREATE RULE "Citation_status_stale_insert" AS ON INSERT TO "Citation" DO ALSO
  INSERT INTO "MonumentStatusStale" ("monumentId") SELECT "monumentId" FROM "DamageEvent" WHERE "id" = NEW."damageEventId" ON CONFLICT DO NOTHING;
CREATE RULE "Citation_status_stale_update" AS ON UPDATE TO "Citation"
  WHERE OLD."damageEventId" IS DISTINCT FROM NEW."damageEventId" OR OLD."sourceId" IS DISTINCT FROM NEW."sourceId" OR OLD."archivedAt" IS DISTINCT FROM NEW."archivedAt" DO ALSO
  INSERT INTO "MonumentStatusStale" ("monumentId") SELECT DISTINCT "monumentId" FROM "DamageEvent" WHERE "id" IN (OLD."damageEventId", NEW."damageEventId") ON CONFLICT DO NOTHING;
CREATE RULE "Citation_status_stale_delete" AS ON DELETE TO "Citation" DO ALSO
  INSERT INTO "MonumentStatusStale" ("monumentId") SELECT "monumentId" FROM "DamageEvent" WHERE "id" = OLD."damageEventId" ON CONFLICT DO NOTHING;

-- A source: the monuments of every claim it is quoted under, when what status reads of it changes.
CREATE RULE "Source_status_stale_update" AS ON UPDATE TO "Source"
  WHERE OLD."state" IS DISTINCT FROM NEW."state" OR OLD."archivedAt" IS DISTINCT FROM NEW."archivedAt" OR OLD."publishedEarliest" IS DISTINCT FROM NEW."publishedEarliest"
     OR OLD."publishedLatest" IS DISTINCT FROM NEW."publishedLatest" OR OLD."publisher" IS DISTINCT FROM NEW."publisher" OR OLD."agency" IS DISTINCT FROM NEW."agency" DO ALSO
  INSERT INTO "MonumentStatusStale" ("monumentId")
    SELECT DISTINCT e."monumentId" FROM "Citation" c JOIN "DamageEvent" e ON e."id" = c."damageEventId" WHERE c."sourceId" = OLD."id" ON CONFLICT DO NOTHING;
CREATE RULE "Source_status_stale_delete" AS ON DELETE TO "Source" DO ALSO
  INSERT INTO "MonumentStatusStale" ("monumentId")
    SELECT DISTINCT e."monumentId" FROM "Citation" c JOIN "DamageEvent" e ON e."id" = c."damageEventId" WHERE c."sourceId" = OLD."id" ON CONFLICT DO NOTHING;

-- Every monument already recorded is derived on the first read after this migration.
INSERT INTO "MonumentStatusStale" ("monumentId") SELECT "id" FROM "Monument";

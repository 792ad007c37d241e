-- How many published events each public monument has, kept with its status (issue 15): /events
-- counted every published event on every request (a join of 200,000 claims with their monuments),
-- it now sums one row per monument. lib/status-store.ts writes the count with the status, and the
-- rules of 20261205180000_monument_status already note every write that can change it.
-- No semicolon inside a statement or a comment (the migration engine splits at every one).

ALTER TABLE "MonumentStatus" ADD COLUMN "events" INTEGER NOT NULL DEFAULT 0;

-- The monuments already derived get their count here, without deriving their status again.
UPDATE "MonumentStatus" s SET "events" = (
  SELECT count(*) FROM "DamageEvent" e WHERE e."monumentId" = s."monumentId" AND e."state" = 'PUBLISHED' AND e."archivedAt" IS NULL
);

-- Disagreements kept in the database (issue 15): /events counted and filtered them by reading every
-- account that shares an occurrence on every request. lib/disagreement-store.ts fills this table
-- when it derives the statuses of the monuments noted in MonumentStatusStale, for every account of
-- every occurrence the accounts of those monuments belong to (an occurrence can span monuments: an
-- account moved to another monument keeps its sameAsId). The rules of 20261205180000_monument_status
-- already note the monument of every written claim, and the rule below adds what the row of a deleted
-- claim no longer tells once it is gone: the monuments of the other accounts of its occurrence.
-- No semicolon inside a statement or a comment (the migration engine splits at every one).

CREATE TABLE "EventDisagreement" (
    "eventId" TEXT NOT NULL,
    "occurrence" TEXT NOT NULL,
    "kinds" TEXT[],

    CONSTRAINT "EventDisagreement_pkey" PRIMARY KEY ("eventId")
);

CREATE INDEX "EventDisagreement_occurrence_idx" ON "EventDisagreement"("occurrence");

ALTER TABLE "EventDisagreement" ADD CONSTRAINT "EventDisagreement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "DamageEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A rule on DELETE runs before the row goes, while its EventDisagreement row is still there.
CREATE RULE "DamageEvent_disagreement_stale_delete" AS ON DELETE TO "DamageEvent" DO ALSO
  INSERT INTO "MonumentStatusStale" ("monumentId")
    SELECT DISTINCT e."monumentId" FROM "EventDisagreement" d
      JOIN "EventDisagreement" o ON o."occurrence" = d."occurrence"
      JOIN "DamageEvent" e ON e."id" = o."eventId"
    WHERE d."eventId" = OLD."id" ON CONFLICT DO NOTHING;

-- Every monument with an account linked to another is derived again on the first read after this migration.
INSERT INTO "MonumentStatusStale" ("monumentId") SELECT DISTINCT "monumentId" FROM "DamageEvent" WHERE "sameAsId" IS NOT NULL ON CONFLICT DO NOTHING;

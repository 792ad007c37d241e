-- The latest-dated claims first (/events?sort=date-desc, the overview's timeline of the 100 latest) read
-- the claims in the order of this index instead of sorting every published claim: on 200,000 claims
-- 108 ms became 0.1 ms for a page of 25. Written here, not in schema.prisma, which cannot say NULLS LAST
-- (the query puts undated claims last in both directions, so the ascending index read backwards does not serve).
CREATE INDEX "DamageEvent_state_dateEarliest_desc_idx" ON "DamageEvent" ("state", "dateEarliest" DESC NULLS LAST, "dateLatest" DESC NULLS LAST, "id");

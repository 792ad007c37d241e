-- Indexes behind the paged lists and the change feed (issue 15). Each names the query it serves;
-- `npm run bench:scale` prints their plans on a generated dataset.

-- /events (and /api/v1/events, the CSV): published rows in date order, the default sort.
CREATE INDEX "DamageEvent_state_dateEarliest_dateLatest_id_idx" ON "DamageEvent"("state", "dateEarliest", "dateLatest", "id");
-- /events?monument=…, a monument page: one monument's events in date order.
CREATE INDEX "DamageEvent_monumentId_dateEarliest_idx" ON "DamageEvent"("monumentId", "dateEarliest");
-- The accounts of one occurrence (support, disagreements): claims linked to a first account.
CREATE INDEX "DamageEvent_sameAsId_idx" ON "DamageEvent"("sameAsId");
-- /events?actor=…
CREATE INDEX "DamageEvent_actorId_idx" ON "DamageEvent"("actorId");
-- The change feed (updatedAt > since) and the admin lists (most recently changed first).
CREATE INDEX "DamageEvent_updatedAt_idx" ON "DamageEvent"("updatedAt");
CREATE INDEX "DamageEvent_createdAt_idx" ON "DamageEvent"("createdAt");
CREATE INDEX "Monument_updatedAt_idx" ON "Monument"("updatedAt");
CREATE INDEX "Monument_createdAt_idx" ON "Monument"("createdAt");
CREATE INDEX "Source_updatedAt_idx" ON "Source"("updatedAt");
CREATE INDEX "Source_createdAt_idx" ON "Source"("createdAt");
CREATE INDEX "Citation_updatedAt_idx" ON "Citation"("updatedAt");
CREATE INDEX "ControlPeriod_updatedAt_idx" ON "ControlPeriod"("updatedAt");
CREATE INDEX "Actor_updatedAt_idx" ON "Actor"("updatedAt");

-- /monuments and /api/v1/monuments: published monuments, top level first, by name.
CREATE INDEX "Monument_state_parentId_name_idx" ON "Monument"("state", "parentId", "name");
-- /sources and /api/v1/sources: published sources, oldest first.
CREATE INDEX "Source_state_publishedEarliest_title_idx" ON "Source"("state", "publishedEarliest", "title");
CREATE INDEX "Citation_createdAt_idx" ON "Citation"("createdAt");
CREATE INDEX "ControlPeriod_createdAt_idx" ON "ControlPeriod"("createdAt");
CREATE INDEX "Actor_createdAt_idx" ON "Actor"("createdAt");

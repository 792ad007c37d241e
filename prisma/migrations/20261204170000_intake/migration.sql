-- The text an article intake checked its quotes against, kept with the source it became.
CREATE TABLE "IntakeText" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "origin" TEXT NOT NULL,
    "url" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntakeText_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "IntakeText_sourceId_idx" ON "IntakeText"("sourceId");

ALTER TABLE "IntakeText" ADD CONSTRAINT "IntakeText_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "IntakeText" ADD CONSTRAINT "IntakeText_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- "Damaged" without a degree, a figure an account states, and the wire agency behind a report.
ALTER TYPE "DamageExtent" ADD VALUE 'DAMAGED' BEFORE 'POSSIBLE';

ALTER TABLE "DamageEvent" ADD COLUMN "figureLabel" TEXT,
ADD COLUMN "figureValue" DOUBLE PRECISION;

ALTER TABLE "Source" ADD COLUMN "agency" TEXT;

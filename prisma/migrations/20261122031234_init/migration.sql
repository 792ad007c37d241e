-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('EXACT_DAY', 'REPORTED_DAY', 'WINDOW', 'MONTH', 'YEAR', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "DamageMethod" AS ENUM ('EXPLOSIVES', 'DEMOLITION', 'BULLDOZING', 'LOOTING', 'SHELLING', 'AIR_STRIKE', 'VANDALISM', 'MILITARY_USE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "DamageExtent" AS ENUM ('DESTROYED', 'SEVERE', 'MODERATE', 'POSSIBLE', 'NONE');

-- CreateEnum
CREATE TYPE "Attribution" AS ENUM ('CLAIMED', 'ALLEGED', 'CONFIRMED', 'DISPUTED');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('CONFIRMED', 'PROBABLE', 'REPORTED', 'CONTESTED', 'DISCOUNTED');

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('NEWS_ARTICLE', 'OFFICIAL_STATEMENT', 'SATELLITE_ASSESSMENT', 'NGO_REPORT', 'REFERENCE_WORK');

-- CreateEnum
CREATE TYPE "MonumentType" AS ENUM ('TEMPLE', 'ARCH', 'TETRAPYLON', 'THEATRE', 'ARCHITECTURAL_ELEMENT', 'TOMB', 'TOMB_GROUP', 'CASTLE', 'MUSEUM', 'OTHER');

-- CreateEnum
CREATE TYPE "LocationPrecision" AS ENUM ('EXACT', 'APPROXIMATE', 'SITE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "NameKind" AS ENUM ('CANONICAL', 'VARIANT', 'TRANSLITERATION', 'LOOSE');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('ARMED_GROUP', 'STATE_FORCES', 'FOREIGN_FORCES');

-- CreateTable
CREATE TABLE "Site" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "unescoId" TEXT,
    "wikidataId" TEXT,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SiteName" (
    "id" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "kind" "NameKind" NOT NULL DEFAULT 'VARIANT',

    CONSTRAINT "SiteName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Monument" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "MonumentType" NOT NULL,
    "constructionDate" TEXT,
    "constructionYear" INTEGER,
    "description" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "locationPrecision" "LocationPrecision" NOT NULL DEFAULT 'UNKNOWN',
    "parentId" TEXT,
    "wikidataId" TEXT,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Monument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonumentName" (
    "id" TEXT NOT NULL,
    "monumentId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "kind" "NameKind" NOT NULL DEFAULT 'VARIANT',

    CONSTRAINT "MonumentName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'en',

    CONSTRAINT "ActorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DamageEvent" (
    "id" TEXT NOT NULL,
    "monumentId" TEXT NOT NULL,
    "sameAsId" TEXT,
    "dateEarliest" DATE,
    "dateLatest" DATE,
    "datePrecision" "DatePrecision" NOT NULL,
    "dateText" TEXT,
    "method" "DamageMethod" NOT NULL,
    "extent" "DamageExtent",
    "actorId" TEXT,
    "attribution" "Attribution",
    "confidence" "Confidence" NOT NULL,
    "description" TEXT NOT NULL,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DamageEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ControlPeriod" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "startEarliest" DATE NOT NULL,
    "startLatest" DATE NOT NULL,
    "startPrecision" "DatePrecision" NOT NULL,
    "startText" TEXT,
    "endEarliest" DATE,
    "endLatest" DATE,
    "endPrecision" "DatePrecision",
    "endText" TEXT,
    "confidence" "Confidence" NOT NULL,
    "description" TEXT NOT NULL,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ControlPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "authors" TEXT[],
    "publishedEarliest" DATE,
    "publishedLatest" DATE,
    "publishedPrecision" "DatePrecision" NOT NULL,
    "publishedText" TEXT,
    "url" TEXT,
    "archiveUrl" TEXT,
    "language" TEXT NOT NULL,
    "accessedAt" DATE,
    "kind" "SourceKind" NOT NULL,
    "note" TEXT,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "damageEventId" TEXT,
    "controlPeriodId" TEXT,
    "monumentId" TEXT,
    "siteId" TEXT,
    "field" TEXT,
    "quote" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "paragraph" INTEGER,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Site_slug_key" ON "Site"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "SiteName_siteId_value_key" ON "SiteName"("siteId", "value");

-- CreateIndex
CREATE UNIQUE INDEX "Monument_slug_key" ON "Monument"("slug");

-- CreateIndex
CREATE INDEX "Monument_siteId_idx" ON "Monument"("siteId");

-- CreateIndex
CREATE INDEX "Monument_parentId_idx" ON "Monument"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "MonumentName_monumentId_value_key" ON "MonumentName"("monumentId", "value");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_value_key" ON "ActorAlias"("actorId", "value");

-- CreateIndex
CREATE INDEX "DamageEvent_monumentId_idx" ON "DamageEvent"("monumentId");

-- CreateIndex
CREATE INDEX "DamageEvent_state_dateEarliest_idx" ON "DamageEvent"("state", "dateEarliest");

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "Citation_damageEventId_idx" ON "Citation"("damageEventId");

-- CreateIndex
CREATE INDEX "Citation_controlPeriodId_idx" ON "Citation"("controlPeriodId");

-- CreateIndex
CREATE INDEX "Citation_monumentId_idx" ON "Citation"("monumentId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- AddForeignKey
ALTER TABLE "SiteName" ADD CONSTRAINT "SiteName_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Monument" ADD CONSTRAINT "Monument_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Monument" ADD CONSTRAINT "Monument_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Monument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonumentName" ADD CONSTRAINT "MonumentName_monumentId_fkey" FOREIGN KEY ("monumentId") REFERENCES "Monument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorAlias" ADD CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DamageEvent" ADD CONSTRAINT "DamageEvent_monumentId_fkey" FOREIGN KEY ("monumentId") REFERENCES "Monument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DamageEvent" ADD CONSTRAINT "DamageEvent_sameAsId_fkey" FOREIGN KEY ("sameAsId") REFERENCES "DamageEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DamageEvent" ADD CONSTRAINT "DamageEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlPeriod" ADD CONSTRAINT "ControlPeriod_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_damageEventId_fkey" FOREIGN KEY ("damageEventId") REFERENCES "DamageEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_controlPeriodId_fkey" FOREIGN KEY ("controlPeriodId") REFERENCES "ControlPeriod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_monumentId_fkey" FOREIGN KEY ("monumentId") REFERENCES "Monument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Invariants that the Prisma schema language cannot state. The forms check them too, and the database
-- guarantees them for every writer.
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_one_target_check"
  CHECK (num_nonnulls("damageEventId", "controlPeriodId", "monumentId", "siteId") = 1);
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_quote_not_blank_check" CHECK (length(btrim("quote")) > 0);
ALTER TABLE "DamageEvent" ADD CONSTRAINT "DamageEvent_interval_check"
  CHECK ("dateEarliest" IS NULL OR "dateLatest" IS NULL OR "dateEarliest" <= "dateLatest");
ALTER TABLE "ControlPeriod" ADD CONSTRAINT "ControlPeriod_interval_check"
  CHECK ("startEarliest" <= "startLatest" AND ("endEarliest" IS NULL OR "endLatest" IS NULL OR "endEarliest" <= "endLatest"));
ALTER TABLE "Monument" ADD CONSTRAINT "Monument_coordinates_check"
  CHECK (("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90) AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180));

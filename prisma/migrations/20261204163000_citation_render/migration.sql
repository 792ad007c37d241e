-- CreateTable
CREATE TABLE "CitationRender" (
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "weight" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CitationRender_pkey" PRIMARY KEY ("kind","key")
);

-- CreateIndex
CREATE INDEX "CitationRender_scope_createdAt_idx" ON "CitationRender"("scope", "createdAt");

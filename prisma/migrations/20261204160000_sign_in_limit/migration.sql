-- CreateTable
CREATE TABLE "SignInLimit" (
    "email" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInLimit_pkey" PRIMARY KEY ("email")
);

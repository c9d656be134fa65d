-- CreateEnum
CREATE TYPE "Category" AS ENUM ('neuromodulator', 'dermal_filler', 'laser_light', 'chemical_peel', 'skin_resurfacing', 'body_contouring', 'thread_lift', 'surgery');

-- CreateEnum
CREATE TYPE "Specialty" AS ENUM ('cosmetic_dermatology', 'plastic_surgery');

-- CreateEnum
CREATE TYPE "Invasiveness" AS ENUM ('non_invasive', 'minimally_invasive', 'surgical');

-- CreateEnum
CREATE TYPE "Anesthesia" AS ENUM ('none', 'topical', 'local', 'sedation', 'general');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('low', 'moderate', 'high');

-- CreateEnum
CREATE TYPE "FdaStatus" AS ENUM ('approved', 'cleared', 'off_label', 'not_applicable');

-- CreateTable
CREATE TABLE "Procedure" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "brands" TEXT[],
    "searchText" TEXT NOT NULL,
    "category" "Category" NOT NULL,
    "specialty" "Specialty" NOT NULL,
    "invasiveness" "Invasiveness" NOT NULL,
    "anesthesia" "Anesthesia"[],
    "durationMinMinutes" INTEGER,
    "durationMaxMinutes" INTEGER,
    "recoveryMinDays" INTEGER,
    "recoveryMaxDays" INTEGER,
    "milestones" JSONB NOT NULL,
    "resultsVisibleMinDays" INTEGER,
    "resultsVisibleMaxDays" INTEGER,
    "resultsMinMonths" DOUBLE PRECISION,
    "resultsMaxMonths" DOUBLE PRECISION,
    "resultsPermanent" BOOLEAN NOT NULL DEFAULT false,
    "resultsNote" TEXT,
    "sessionsMin" INTEGER,
    "sessionsMax" INTEGER,
    "sessionsNote" TEXT,
    "costLowUsd" INTEGER,
    "costHighUsd" INTEGER,
    "costAverageUsd" INTEGER,
    "costTypicalUsd" INTEGER,
    "costPer" TEXT,
    "costYear" INTEGER,
    "costExcludes" TEXT,
    "costSourceTitle" TEXT,
    "costSourceUrl" TEXT,
    "riskLevel" "RiskLevel" NOT NULL,
    "commonSideEffects" TEXT[],
    "seriousRisks" TEXT[],
    "concerns" TEXT[],
    "bodyAreas" TEXT[],
    "providerType" TEXT NOT NULL,
    "trainingToLookFor" TEXT NOT NULL,
    "fdaStatus" "FdaStatus" NOT NULL,
    "fdaNote" TEXT,
    "summary" TEXT NOT NULL,
    "lastReviewed" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "procedureId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_slug_key" ON "Procedure"("slug");

-- CreateIndex
CREATE INDEX "Procedure_recoveryMaxDays_idx" ON "Procedure"("recoveryMaxDays");

-- CreateIndex
CREATE INDEX "Procedure_category_idx" ON "Procedure"("category");

-- CreateIndex
CREATE INDEX "Procedure_invasiveness_idx" ON "Procedure"("invasiveness");

-- CreateIndex
CREATE INDEX "Procedure_specialty_idx" ON "Procedure"("specialty");

-- CreateIndex
CREATE INDEX "Procedure_riskLevel_idx" ON "Procedure"("riskLevel");

-- CreateIndex
CREATE INDEX "Procedure_costTypicalUsd_idx" ON "Procedure"("costTypicalUsd");

-- CreateIndex
CREATE INDEX "Procedure_concerns_idx" ON "Procedure" USING GIN ("concerns");

-- CreateIndex
CREATE INDEX "Procedure_bodyAreas_idx" ON "Procedure" USING GIN ("bodyAreas");

-- CreateIndex
CREATE UNIQUE INDEX "Source_procedureId_position_key" ON "Source"("procedureId", "position");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

/*
  Warnings:

  - You are about to drop the `Source` table. If the table is not empty, all the data it contains will be lost.

*/
-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('professional_society', 'government_health_service', 'academic_medical_centre', 'peer_reviewed', 'fda', 'statistics_report', 'copy', 'physician_practice');

-- AlterEnum
ALTER TYPE "Category" ADD VALUE 'other_injectable';

-- DropForeignKey
ALTER TABLE "Source" DROP CONSTRAINT "Source_procedureId_fkey";

-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "costBasis" TEXT,
ADD COLUMN     "costUnit" TEXT,
ADD COLUMN     "evidence" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "exerciseMaxDays" INTEGER,
ADD COLUMN     "exerciseMinDays" INTEGER,
ADD COLUMN     "finalResultMaxDays" INTEGER,
ADD COLUMN     "finalResultMinDays" INTEGER,
ADD COLUMN     "gaps" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "sessionIntervalMaxDays" INTEGER,
ADD COLUMN     "sessionIntervalMinDays" INTEGER;

-- DropTable
DROP TABLE "Source";

-- CreateTable
CREATE TABLE "CitedSource" (
    "id" SERIAL NOT NULL,
    "procedureId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "year" INTEGER,
    "accessed" DATE NOT NULL,
    "copyOf" TEXT,
    "author" TEXT,

    CONSTRAINT "CitedSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CitedSource_procedureId_position_key" ON "CitedSource"("procedureId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CitedSource_procedureId_key_key" ON "CitedSource"("procedureId", "key");

-- AddForeignKey
ALTER TABLE "CitedSource" ADD CONSTRAINT "CitedSource_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

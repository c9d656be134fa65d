-- AlterEnum
ALTER TYPE "SourceKind" ADD VALUE 'commercial_cost_survey';

-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "deepResurfacing" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lookNormalMaxDays" INTEGER,
ADD COLUMN     "lookNormalMinDays" INTEGER;

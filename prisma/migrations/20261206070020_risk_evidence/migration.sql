-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "riskEvidence" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "costYearHighUsd" INTEGER,
ADD COLUMN     "costYearLowUsd" INTEGER;

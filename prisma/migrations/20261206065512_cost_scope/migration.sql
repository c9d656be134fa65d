-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "costScope" TEXT;

-- DropIndex
DROP INDEX "Procedure_recoveryMaxDays_idx";

-- CreateIndex
CREATE INDEX "Procedure_recoveryMaxDays_recoveryMinDays_name_idx" ON "Procedure"("recoveryMaxDays", "recoveryMinDays", "name");

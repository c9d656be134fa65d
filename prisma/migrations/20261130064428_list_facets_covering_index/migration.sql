-- CreateIndex
CREATE INDEX "Procedure_list_facets_idx" ON "Procedure"("costTypicalUsd", "recoveryMaxDays", "invasiveness", "category", "specialty", "riskLevel", "concerns", "bodyAreas");

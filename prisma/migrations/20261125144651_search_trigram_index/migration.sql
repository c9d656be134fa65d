-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Procedure_searchText_idx" ON "Procedure" USING GIN ("searchText" gin_trgm_ops);

-- CreateTable
CREATE TABLE "ProcedureFacetCell" (
    "id" SERIAL NOT NULL,
    "category" "Category" NOT NULL,
    "specialty" "Specialty" NOT NULL,
    "invasiveness" "Invasiveness" NOT NULL,
    "riskLevel" "RiskLevel" NOT NULL,
    "recoveryMaxDays" INTEGER,
    "procedures" INTEGER NOT NULL,

    CONSTRAINT "ProcedureFacetCell_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureFacetValue" (
    "id" SERIAL NOT NULL,
    "column" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "category" "Category" NOT NULL,
    "specialty" "Specialty" NOT NULL,
    "invasiveness" "Invasiveness" NOT NULL,
    "riskLevel" "RiskLevel" NOT NULL,
    "recoveryMaxDays" INTEGER,
    "procedures" INTEGER NOT NULL,

    CONSTRAINT "ProcedureFacetValue_pkey" PRIMARY KEY ("id")
);

-- Refill both tables from Procedure. Facet counts of an unsearched list sum these few thousand
-- rows instead of reading every procedure; the catalog changes only when reseeded, so a full
-- recount per writing statement costs nothing that matters. The lock serialises concurrent writers,
-- so two recounts never interleave their deletes and inserts.
CREATE FUNCTION "refresh_procedure_facet_cube"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE "ProcedureFacetCell", "ProcedureFacetValue" IN EXCLUSIVE MODE;
  DELETE FROM "ProcedureFacetCell";
  INSERT INTO "ProcedureFacetCell" ("category", "specialty", "invasiveness", "riskLevel", "recoveryMaxDays", "procedures")
    SELECT "category", "specialty", "invasiveness", "riskLevel", "recoveryMaxDays", count(*)
    FROM "Procedure" GROUP BY 1, 2, 3, 4, 5;
  DELETE FROM "ProcedureFacetValue";
  INSERT INTO "ProcedureFacetValue" ("column", "value", "category", "specialty", "invasiveness", "riskLevel", "recoveryMaxDays", "procedures")
    SELECT 'concerns', v, "category", "specialty", "invasiveness", "riskLevel", "recoveryMaxDays", count(*)
    FROM "Procedure", unnest("concerns") AS v GROUP BY 2, 3, 4, 5, 6, 7
    UNION ALL
    SELECT 'bodyAreas', v, "category", "specialty", "invasiveness", "riskLevel", "recoveryMaxDays", count(*)
    FROM "Procedure", unnest("bodyAreas") AS v GROUP BY 2, 3, 4, 5, 6, 7;
END;
$$;

CREATE FUNCTION "procedure_facet_cube_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_procedure_facet_cube"();
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Procedure_facet_cube" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Procedure"
  FOR EACH STATEMENT EXECUTE FUNCTION "procedure_facet_cube_trigger"();

-- Existing catalogs get their counts now.
SELECT "refresh_procedure_facet_cube"();

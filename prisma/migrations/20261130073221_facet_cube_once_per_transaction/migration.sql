-- This is an empty migration.-- Recount the facet cube once per writing transaction, at commit, instead of after every
-- statement: the seed writes one statement per procedure, so a recount per statement made a
-- large seed quadratic (a 2,400-entry catalog no longer loaded in four minutes on PGlite).
DROP TRIGGER "Procedure_facet_cube" ON "Procedure";

-- Every writing statement marks the cube out of date for the rest of its transaction...
CREATE FUNCTION "procedure_facet_cube_mark"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('procedure_compare.facet_cube', 'stale', true);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Procedure_facet_cube_mark" AFTER INSERT OR UPDATE OR DELETE ON "Procedure"
  FOR EACH STATEMENT EXECUTE FUNCTION "procedure_facet_cube_mark"();

-- ...and the first deferred row event at commit recounts it, once, after every write of the
-- transaction (a later statement marks it stale again, so SET CONSTRAINTS ... IMMEDIATE mid-way
-- stays correct too).
CREATE FUNCTION "procedure_facet_cube_refresh_once"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('procedure_compare.facet_cube', true) = 'stale' THEN
    PERFORM "refresh_procedure_facet_cube"();
    PERFORM set_config('procedure_compare.facet_cube', 'fresh', true);
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "Procedure_facet_cube" AFTER INSERT OR UPDATE OR DELETE ON "Procedure"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "procedure_facet_cube_refresh_once"();

-- TRUNCATE has no row events: recount at once.
CREATE TRIGGER "Procedure_facet_cube_truncate" AFTER TRUNCATE ON "Procedure"
  FOR EACH STATEMENT EXECUTE FUNCTION "procedure_facet_cube_trigger"();

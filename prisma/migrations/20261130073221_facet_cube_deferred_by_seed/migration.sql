-- The seed writes one statement per procedure, and a recount of the facet cube after each made a
-- large seed quadratic (a 2,400-entry catalog no longer loaded in four minutes on PGlite). A writer
-- may now defer the recount for the rest of its transaction and recount once at its end: the seed
-- does (lib/procedures/import-catalog.ts). Every other write still recounts at once, so the cube
-- can never be left stale by a writer that knows nothing of it. (A deferred constraint trigger
-- would do this by itself, but Prisma's schema engine cannot introspect one on PostgreSQL.)
CREATE OR REPLACE FUNCTION "procedure_facet_cube_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('procedure_compare.defer_facet_cube', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM "refresh_procedure_facet_cube"();
  RETURN NULL;
END;
$$;

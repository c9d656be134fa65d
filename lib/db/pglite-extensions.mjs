// The Postgres extensions the migrations create (see the note above the datasource in
// prisma/schema.prisma). PGlite only has an extension when the opener passes it in, and a data
// folder whose tables have an index on it (the pg_trgm search index) cannot be written without
// it, so every opener of a data folder (the app, the seed, tests, the Prisma schema-engine bridge
// and its shadow databases) passes these. Plain JS, like pglite-lock.mjs, so the bridge can
// import it.
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

export const PGLITE_EXTENSIONS = { pg_trgm };

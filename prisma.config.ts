import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';
import { parseDatabaseUrl, toDatasourceUrl } from './lib/config/database-url.mjs';

// Prisma CLI configuration. Zero setup: `npx prisma migrate dev` etc. work offline against the
// embedded PGlite folder by default, or against PostgreSQL when DATABASE_URL=postgres://... .

// Prisma 7 no longer reads .env by itself; Next does for the app, so do the same for the CLI.
if (fs.existsSync('.env')) process.loadEnvFile('.env');

// Read by the same module as lib/config/env.ts (postgres://… | file:<folder> | <folder>, default
// ./data/pglite), so the CLI and the app always mean the same database; a bad value stops here.
const url = toDatasourceUrl(parseDatabaseUrl(process.env.DATABASE_URL));

// The CLI would download its native schema-engine binary on every command (impossible offline).
// It honours PRISMA_SCHEMA_ENGINE_BINARY, read after this file is loaded, in this same process;
// point it at the bridge that runs Prisma's wasm build of the engine through a driver adapter.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL('./scripts/schema-engine/bridge.mjs', import.meta.url));
// The CLI's update/telemetry check is a network call; offline it only adds a delay.
process.env.CHECKPOINT_DISABLE ??= '1';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: { url },
});

import { defineConfig } from 'vitest/config';

// Browser journeys: Debian's Chromium (driven by playwright-core) against `next start` on a
// freshly migrated and seeded database. Run after `next build` (see `npm run test:e2e`).

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/server.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 300_000,
  },
});

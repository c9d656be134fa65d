import { defineConfig } from 'vitest/config';
import base from './vitest.config';
import { quickTestFiles } from './tests/support/quick-files';

// `npm run test:quick`: the pure and component tests, with no template database to build
// (tests/support/quick-files.ts decides which files those are from their imports).

export default defineConfig({
  ...base,
  test: { ...base.test, include: quickTestFiles(), globalSetup: [], setupFiles: [] },
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Some files lean on what their dependencies do not promise. When an upgrade changes the version
// they were checked against, this fails and names the file to re-check; after checking (and the
// whole suite passing, browser tests included), update `checked` here.

const ROOT = path.resolve(import.meta.dirname, '../..');

const FENCES = [
  {
    file: 'lib/cache/page-cache-handler.mjs',
    dependency: 'next',
    checked: '16.4.6',
    leansOn: "subclasses Next's internal file-system-cache module and the shape of the entries it stores",
  },
  {
    file: 'scripts/schema-engine/bridge.mjs',
    dependency: 'prisma',
    checked: '7.10.0',
    leansOn: "speaks the Prisma CLI's undocumented schema-engine protocol (arguments and JSON-RPC methods)",
  },
  {
    file: 'scripts/schema-engine/wasm-engine.mjs',
    dependency: '@prisma/schema-engine-wasm',
    checked: '7.10.0-4.0edf323efd1d98336f3f0a68684b56f689b900d3',
    leansOn: "loads the engine's wasm-bindgen glue by hand (__wbg_set_wasm, __wbindgen_start)",
  },
  {
    file: 'lib/db/pglite-fsync.ts',
    dependency: '@electric-sql/pglite',
    checked: '0.5.14',
    leansOn: "gives Emscripten's NODEFS (reached through PGlite's Module) the fsync it lacks, on the real file descriptor `nfd`",
  },
  {
    file: 'lib/http/server-edge.mjs',
    dependency: 'next',
    checked: '16.4.6',
    leansOn: '`next start` creates its server with http.createServer(listener) and sends a page through writeHead, write and end',
  },
  {
    file: 'lib/db/postgres-pool.ts',
    dependency: 'pg',
    checked: '8.23.1',
    leansOn: "pg's query_timeout error message, and a client's query method taking a callback or returning a promise",
  },
] as const;

function installedVersion(dependency: string): string {
  const manifest = path.join(ROOT, 'node_modules', dependency, 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

describe('version fences', () => {
  for (const fence of FENCES) {
    it(`${fence.file} was checked against the installed ${fence.dependency}`, () => {
      expect(fs.existsSync(path.join(ROOT, fence.file)), `${fence.file} moved: update this fence`).toBe(true);
      const installed = installedVersion(fence.dependency);
      expect(
        installed,
        `${fence.dependency} is now ${installed}, but ${fence.file} was checked against ${fence.checked}: it ${fence.leansOn}. ` +
          `Re-check that file against the new version, then update the fence in tests/lib/version-fences.test.ts.`,
      ).toBe(fence.checked);
    });
  }
});

import fs from 'node:fs';
import path from 'node:path';

// Which test files `npm run test:quick` runs: those whose imports, followed through the repo,
// never reach the database client, the test-database helpers or a child process. Decided from
// the code itself, so a test that starts using the database leaves the quick loop on its own.

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];
const SLOW_MODULES = ['lib/db.ts', 'lib/db/client.ts', 'tests/support/test-database.ts'].map((file) => path.join(ROOT, file));
const SLOW_PACKAGES = /^(node:)?child_process$|^playwright-core$|^pg$|^@electric-sql\/pglite/;
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  return EXTENSIONS.map((ext) => base + ext).find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

function reachesSlowCode(file: string, seen = new Map<string, boolean>()): boolean {
  const known = seen.get(file);
  if (known !== undefined) return known;
  seen.set(file, false);
  if (SLOW_MODULES.includes(file)) return seen.set(file, true).get(file)!;
  const source = fs.readFileSync(file, 'utf8');
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2]!;
    if (SLOW_PACKAGES.test(specifier)) return seen.set(file, true).get(file)!;
    const target = resolve(file, specifier);
    if (target && !target.endsWith('.d.mts') && reachesSlowCode(target, seen)) return seen.set(file, true).get(file)!;
  }
  return false;
}

export function quickTestFiles(): string[] {
  const files = fs
    .readdirSync(path.join(ROOT, 'tests'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/.test(file) && !file.startsWith('e2e'))
    .map((file) => path.join(ROOT, 'tests', file));
  const seen = new Map<string, boolean>();
  return files.filter((file) => !reachesSlowCode(file, seen)).map((file) => path.relative(ROOT, file));
}

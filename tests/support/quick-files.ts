import path from 'node:path';
import { ROOT, importsOf, sourceFiles } from './import-graph';

// Which test files `npm run test:quick` runs: those whose imports, followed through the repo,
// never reach the database client, the test-database helpers or a child process. Decided from
// the code itself, so a test that starts using the database leaves the quick loop on its own.

const SLOW_MODULES = ['lib/db.ts', 'lib/db/client.ts', 'tests/support/test-database.ts'].map((file) => path.join(ROOT, file));
const SLOW_PACKAGES = /^(node:)?child_process$|^playwright-core$|^pg$|^@electric-sql\/pglite/;

function reachesSlowCode(file: string, seen: Map<string, boolean>): boolean {
  const known = seen.get(file);
  if (known !== undefined) return known;
  seen.set(file, false);
  const slow =
    SLOW_MODULES.includes(file) ||
    importsOf(file).some((target) => ('package' in target ? SLOW_PACKAGES.test(target.package) : reachesSlowCode(target.file, seen)));
  seen.set(file, slow);
  return slow;
}

export function quickTestFiles(): string[] {
  const seen = new Map<string, boolean>();
  return sourceFiles('tests')
    .filter((file) => /\.test\.tsx?$/.test(file) && !file.includes(`${path.sep}e2e${path.sep}`))
    .filter((file) => !reachesSlowCode(file, seen))
    .map((file) => path.relative(ROOT, file));
}

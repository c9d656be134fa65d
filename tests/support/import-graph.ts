import fs from 'node:fs';
import path from 'node:path';

// The repo's own import graph, read from the source text: what each file imports, resolved to
// files where the import is ours ('@/…' or relative), else left as the package name. Used by the
// quick-loop selection and the layering test.

export const ROOT = path.resolve(import.meta.dirname, '../..');
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export type Import = { file: string } | { package: string };

function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  return EXTENSIONS.map((ext) => base + ext).find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

/** The imports of one file (absolute paths for ours); type declarations (.d.mts) are skipped. */
export function importsOf(file: string): Import[] {
  const imports: Import[] = [];
  for (const match of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2]!;
    if (!specifier.startsWith('@/') && !specifier.startsWith('.')) {
      imports.push({ package: specifier });
      continue;
    }
    const target = resolve(file, specifier);
    if (target && !target.endsWith('.d.mts')) imports.push({ file: target });
  }
  return imports;
}

/** Every source file under a folder of the repo (generated code left out). */
export function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !file.endsWith('.d.mts') && !file.includes('generated'))
    .map((file) => path.join(ROOT, folder, file));
}

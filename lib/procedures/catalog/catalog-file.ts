import fs from 'node:fs';
import path from 'node:path';
import { catalogSchema, type CatalogEntry } from './catalog-schema';

// Reads and validates the reviewed catalog (every *.json file in a folder, in name order).
// Any problem throws one message naming the file, the entry and the field.

export const CATALOG_DIR = path.resolve(import.meta.dirname, '../../../prisma/catalog');

export class CatalogError extends Error {}

export function loadCatalog(dir: string = CATALOG_DIR): CatalogEntry[] {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new CatalogError(`No catalog files (*.json) in ${dir}`);
  const raw: { file: string; entry: unknown }[] = [];
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch (error) {
      throw new CatalogError(`${file}: not valid JSON (${(error as Error).message})`);
    }
    if (!Array.isArray(parsed)) throw new CatalogError(`${file}: must hold a JSON array of entries`);
    parsed.forEach((entry) => raw.push({ file, entry }));
  }
  const result = catalogSchema.safeParse(raw.map((r) => r.entry));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [index, ...field] = issue.path;
      const item = typeof index === 'number' ? raw[index] : undefined;
      const slug = (item?.entry as { slug?: unknown } | undefined)?.slug;
      const where = item ? `${item.file}, entry "${typeof slug === 'string' ? slug : `#${String(index)}`}"` : 'catalog';
      return `${where}, field ${field.join('.') || '(entry)'}: ${issue.message}`;
    });
    throw new CatalogError(`The catalog is invalid, nothing was written:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

import fs from 'node:fs';
import { catalogSchema } from '../../lib/procedures/catalog/catalog-schema';

// Validates catalog files one by one against the catalog schema: `tsx scripts/catalog/check-file.ts FILE…`.
// For whoever edits a file; the seed validates the whole folder the same way.

let failed = false;
for (const file of process.argv.slice(2)) {
  const entries: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const result = catalogSchema.safeParse(entries);
  if (result.success) {
    console.log(`${file}: ${result.data.length} entries, valid`);
    continue;
  }
  failed = true;
  for (const issue of result.error.issues) {
    const [index, ...field] = issue.path;
    const slug = Array.isArray(entries) && typeof index === 'number' ? (entries[index] as { slug?: string })?.slug : undefined;
    console.log(`${file}: ${String(slug ?? index)} ${field.map(String).join('.')}: ${issue.message}`);
  }
}
process.exit(failed ? 1 : 0);

import type { PrismaClient } from '../../lib/generated/prisma/client';
import type { CatalogEntry } from '../../lib/procedures/catalog/catalog-schema';
import { toProcedureData } from '../../lib/procedures/catalog/catalog-to-row';

// Loads a synthetic catalog fast. The seed's importer upserts entry by entry in one transaction
// (right for 35 reviewed entries, far too slow for 100k), and even createMany spends ~7 ms a row
// on PGlite marshalling bind parameters. So rows from the same toProcedureData mapping go in as
// multi-row INSERTs of literals: the values are our own generated, schema-validated data, and
// every one is quoted below. Sources are left out: the list query never reads them.

const BATCH = 1000;

/** From migration 20261130064522_list_facet_cube. */
const FACET_CUBE_TRIGGER = 'Procedure_facet_cube';

type Row = ReturnType<typeof toProcedureData>;

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Postgres array literal ('{"a","b"}'), parsed by the column's own input function. */
function arrayLiteral(items: string[]): string {
  return quote(`{${items.map((item) => `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`);
}

function literal(value: Row[keyof Row]): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return quote(value);
  if (value instanceof Date) return quote(value.toISOString().slice(0, 10));
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return arrayLiteral(value as string[]);
  return quote(JSON.stringify(value)); // milestones: jsonb
}

export async function bulkLoad(prisma: PrismaClient, entries: CatalogEntry[]): Promise<void> {
  const first = entries[0];
  if (!first) return;
  const columns = Object.keys(toProcedureData(first)) as (keyof Row)[];
  // Maintaining eight indexes (two GIN) row by row costs more than the inserts; building them once
  // afterwards from their own definitions is the usual bulk-load move and ends in the same schema.
  const indexes = await prisma.$queryRawUnsafe<{ name: string; definition: string }[]>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE tablename = 'Procedure' AND indexname <> 'Procedure_pkey'`,
  );
  for (const index of indexes) await prisma.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  // Likewise the facet cube: its trigger recounts the whole table after every statement (right
  // for a reseed, 100 growing recounts here); count once at the end instead.
  await prisma.$executeRawUnsafe(`ALTER TABLE "Procedure" DISABLE TRIGGER "${FACET_CUBE_TRIGGER}"`);
  const head = `INSERT INTO "Procedure" (${[...columns, 'updatedAt'].map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let start = 0; start < entries.length; start += BATCH) {
    const values = entries.slice(start, start + BATCH).map((entry) => {
      const row = toProcedureData(entry);
      return `(${columns.map((column) => literal(row[column])).join(', ')}, now())`;
    });
    await prisma.$executeRawUnsafe(head + values.join(',\n'));
  }
  for (const index of indexes) await prisma.$executeRawUnsafe(index.definition);
  await prisma.$executeRawUnsafe(`ALTER TABLE "Procedure" ENABLE TRIGGER "${FACET_CUBE_TRIGGER}"`);
  await prisma.$executeRawUnsafe('SELECT "refresh_procedure_facet_cube"()');
  // A freshly loaded table has no planner statistics or visibility map until autovacuum gets to
  // it; a deployed catalog (read-mostly) has both, so measure that steady state.
  await prisma.$executeRawUnsafe('VACUUM ANALYZE "Procedure", "ProcedureFacetCell", "ProcedureFacetValue"');
}

import type { CatalogEntry } from './catalog-schema';
import { toProcedureData, toSourceRows } from './catalog-to-row';
import { toDetail, type ProcedureDetail } from './view';

// Catalog entries as the app's view models, without a database: the same mapping the seed
// writes and the queries read, so the report counts exactly what the pages show.

export function toDetailFromEntry(entry: CatalogEntry): ProcedureDetail {
  return toDetail({ ...toProcedureData(entry), sources: toSourceRows(entry) });
}

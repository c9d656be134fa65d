import { formatCost } from '../procedures/card-format';
import { RISK_LABELS, formatDayRange } from '../procedures/labels';
import { toCsv } from './csv';
import type { SavedProcedure } from './view';

// The visitor's own backup of their list, notes included. Pure: the route handler supplies the
// list, the site origin (for absolute links) and the date.

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = { body: string; contentType: string; filename: string };

const CSV_HEADER = ['Procedure', 'Saved at (UTC)', 'Recovery', 'Recovery max days', 'Cost', 'Risk', 'Note', 'Link'];

export function buildExport(items: SavedProcedure[], format: ExportFormat, origin: string, now = new Date()): ExportFile {
  const day = now.toISOString().slice(0, 10);
  const link = (slug: string) => `${origin}/procedures/${slug}`;
  if (format === 'json') {
    const body = {
      exportedAt: now.toISOString(),
      bookmarks: items.map(({ procedure, note, savedAt }) => ({
        slug: procedure.slug,
        name: procedure.name,
        savedAt,
        note,
        recoveryDays: procedure.recoveryDays,
        riskLevel: procedure.riskLevel,
        url: link(procedure.slug),
      })),
    };
    return {
      body: `${JSON.stringify(body, null, 2)}\n`,
      contentType: 'application/json; charset=utf-8',
      filename: `saved-procedures-${day}.json`,
    };
  }
  const rows = items.map(({ procedure, note, savedAt }) => [
    procedure.name,
    savedAt.replace('T', ' ').slice(0, 16),
    formatDayRange(procedure.recoveryDays),
    procedure.recoveryDays?.max ?? null,
    formatCost(procedure.cost),
    RISK_LABELS[procedure.riskLevel],
    note,
    link(procedure.slug),
  ]);
  return { body: toCsv([CSV_HEADER, ...rows]), contentType: 'text/csv; charset=utf-8', filename: `saved-procedures-${day}.csv` };
}

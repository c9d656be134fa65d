import { questionTexts } from './questions';
import { formatCost } from '../procedures/figures/card-format';
import { RISK_LABELS, formatDayRange } from '../procedures/labels';
import { toCsv } from './csv';
import type { SavedProcedure } from '../bookmarks/server/view';

// The visitor's own backup of their list, notes included, with the sourced questions to ask about
// each. Pure: the route handler supplies the list, the site origin (for absolute links) and the date.

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = { body: string; contentType: string; filename: string };

const CSV_HEADER = ['Procedure', 'Saved at (UTC)', 'Recovery', 'Recovery max days', 'Cost', 'Risk', 'Note', 'Questions to ask', 'Link'];

/** Questions share one CSV cell; a pipe reads as a separator and appears in no question. */
export const QUESTION_SEPARATOR = ' | ';

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
        questions: questionTexts(procedure),
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
    questionTexts(procedure).join(QUESTION_SEPARATOR),
    link(procedure.slug),
  ]);
  return { body: toCsv([CSV_HEADER, ...rows]), contentType: 'text/csv; charset=utf-8', filename: `saved-procedures-${day}.csv` };
}

import 'server-only';
import { cache } from 'react';
import { getProceduresBySlugs } from '../procedures/list/queries';
import { getCompareNotices, type CompareNotice } from './notices';
import { buildComparison, differingRowIds, onlyDifferences } from './rows';
import type { CompareSelection } from './schema';
import type { ComparisonTable } from './types';
import { getTimeline, type Timeline } from './timeline';
import { keyDifferences, keySummary, type KeyDifference, type KeySummary } from './key-differences';

// Compare-specific loading: one query for the chosen procedures, then the pure modules.

export type Comparison = {
  selection: CompareSelection;
  /** All rows, with differences and best marks. */
  table: ComparisonTable;
  /** The rows to show: all, or only the differing ones when `only=diff`. */
  shown: ComparisonTable;
  differences: string[];
  timeline: Timeline;
  notices: CompareNotice[];
  /** What the comparison is decided on, shown first. */
  key: { rows: KeyDifference[]; summaries: KeySummary[] };
};

// generateMetadata and the page both need the procedures for one request; React's cache makes
// that one query. Keyed by a string because cache compares arguments by identity.
const getProcedures = cache((key: string) => getProceduresBySlugs(key === '' ? [] : key.split(',')));

export async function loadComparison(selection: CompareSelection): Promise<Comparison> {
  const procedures = await getProcedures(selection.slugs.join(','));
  const found = new Set(procedures.map((procedure) => procedure.slug));
  const unknown = selection.slugs.filter((slug) => !found.has(slug));
  const table = buildComparison(procedures);
  return {
    selection,
    table,
    shown: selection.onlyDiff ? { ...table, groups: onlyDifferences(table.groups) } : table,
    differences: differingRowIds(table.groups),
    timeline: getTimeline(procedures),
    notices: getCompareNotices(selection, unknown, procedures.length),
    key: { rows: keyDifferences(procedures), summaries: procedures.map(keySummary) },
  };
}

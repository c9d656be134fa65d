import type { FigureRecord } from '../procedures/figures/figure-registry';
import type { EvidenceView, ProcedureDetail } from '../procedures/catalog/view';
import { pickBest } from './best';
import { GROUP_LABELS, rowDefinitions, type RowDefinition } from './row-definitions';
import type { CompareCell, CompareGroup, CompareGroupId, CompareRow, ComparisonTable } from './types';

// Pure: procedures in, the comparison table out. No I/O, so the page, the API and the tests all
// get the same rows, differences and best marks from the same inputs.

/** What makes two cells "the same": their shown content, ignoring the order of list items. */
function cellKey(cell: CompareCell): string {
  return JSON.stringify([
    cell.list || cell.links ? null : cell.text,
    cell.detail ?? null,
    [...(cell.list ?? [])].sort(),
    (cell.links ?? []).map((link) => link.url).sort(),
  ]);
}

export function cellsDiffer(cells: readonly CompareCell[]): boolean {
  return new Set(cells.map(cellKey)).size > 1;
}

function buildRow(definition: RowDefinition, procedures: readonly ProcedureDetail[]): CompareRow {
  const figure = definition.figure;
  const cells = procedures.map((procedure) => {
    const cell = definition.cell(procedure);
    const evidence = figure && cell.reported ? (procedure.evidence as Record<string, EvidenceView | undefined>)[figure] : undefined;
    return evidence ? { ...cell, evidence } : cell;
  });
  const row: CompareRow = {
    id: definition.id,
    label: definition.label,
    ...(definition.definition ? { definition: definition.definition } : {}),
    cells,
    differs: cellsDiffer(cells),
    best: [],
    rule: null,
  };
  if (!definition.best) return row;
  const unranked = definition.unranked?.(procedures) ?? null;
  if (unranked) return { ...row, rule: unranked };
  const { indexes, blockedByUnknown } = pickBest(
    cells.map((cell) => cell.value),
    definition.best.direction,
    definition.best.bound,
  );
  const rule = blockedByUnknown ? `${definition.best.rule} (not marked: not reported for every procedure)` : definition.best.rule;
  return { ...row, best: indexes, rule };
}

export function buildComparison(procedures: readonly ProcedureDetail[], figures?: readonly FigureRecord[]): ComparisonTable {
  const groups = new Map<CompareGroupId, CompareRow[]>();
  for (const definition of rowDefinitions(figures)) {
    const rows = groups.get(definition.group) ?? [];
    rows.push(buildRow(definition, procedures));
    groups.set(definition.group, rows);
  }
  return {
    items: procedures.map(({ slug, name }) => ({ slug, name })),
    groups: [...groups].map(([id, rows]): CompareGroup => ({ id, label: GROUP_LABELS[id], rows })),
  };
}

/** The "show only differences" view: rows that differ, in groups that still have any. */
export function onlyDifferences(groups: readonly CompareGroup[]): CompareGroup[] {
  return groups.flatMap((group) => {
    const rows = group.rows.filter((row) => row.differs);
    return rows.length > 0 ? [{ ...group, rows }] : [];
  });
}

export function differingRowIds(groups: readonly CompareGroup[]): string[] {
  return groups.flatMap((group) => group.rows.filter((row) => row.differs).map((row) => row.id));
}

export function countRows(groups: readonly CompareGroup[]): number {
  return groups.reduce((total, group) => total + group.rows.length, 0);
}

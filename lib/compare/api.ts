import { z } from 'zod';
import { CAUTION_LEVELS } from '../cautions/schema';
import type { Comparison } from './load';

// The JSON shape of GET /api/compare, described once with zod so tests (and clients) can check it.

const cellSchema = z.object({
  slug: z.string(),
  text: z.string(),
  detail: z.string().optional(),
  list: z.array(z.string()).optional(),
  links: z.array(z.object({ title: z.string(), url: z.string(), publisher: z.string() })).optional(),
  /** The health-cautions row: sourced cautions by condition (condition ids only, nothing about the visitor). */
  cautions: z
    .object({
      procedure: z.string(),
      flagged: z.array(
        z.object({
          condition: z.string(),
          label: z.string(),
          level: z.enum(CAUTION_LEVELS),
          cautions: z.array(
            z.object({
              level: z.enum(CAUTION_LEVELS),
              text: z.string(),
              evidence: z.object({ quote: z.string(), source: z.object({ id: z.string(), title: z.string(), url: z.string() }) }),
            }),
          ),
        }),
      ),
      none: z.array(z.object({ condition: z.string(), label: z.string() })),
    })
    .optional(),
  /** The compared number; null when unknown or not finite (permanent results: see `text`). */
  value: z.number().nullable(),
  reported: z.boolean(),
});

const rowSchema = z.object({
  id: z.string(),
  label: z.string(),
  differs: z.boolean(),
  rule: z.string().nullable(),
  best: z.array(z.string()),
  values: z.array(cellSchema),
});

export const comparisonResponseSchema = z.object({
  ids: z.array(z.string()),
  onlyDiff: z.boolean(),
  items: z.array(z.object({ slug: z.string(), name: z.string() })),
  groups: z.array(z.object({ id: z.string(), label: z.string(), rows: z.array(rowSchema) })),
  differences: z.array(z.string()),
  notices: z.array(z.object({ kind: z.string(), ids: z.array(z.string()), message: z.string() })),
});

export type ComparisonResponse = z.infer<typeof comparisonResponseSchema>;

/** Best marks name procedures (slugs), not columns, so clients need not track column order. */
export function toComparisonResponse(comparison: Comparison): ComparisonResponse {
  const { items, groups } = comparison.shown;
  return {
    ids: comparison.selection.slugs,
    onlyDiff: comparison.selection.onlyDiff,
    items,
    groups: groups.map((group) => ({
      id: group.id,
      label: group.label,
      rows: group.rows.map((row) => ({
        id: row.id,
        label: row.label,
        differs: row.differs,
        rule: row.rule,
        best: row.best.flatMap((index) => items[index]?.slug ?? []),
        values: row.cells.map((cell, index) => ({
          ...cell,
          slug: items[index]?.slug ?? '',
          value: cell.value !== null && Number.isFinite(cell.value) ? cell.value : null,
        })),
      })),
    })),
    differences: comparison.differences,
    notices: comparison.notices,
  };
}

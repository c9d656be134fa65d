import type { CompareGroupId } from '../procedures/figures/figure-registry';
import type { CalculationView } from '../procedures/catalog/cost-inputs';
import type { ProcedureCautions } from '../cautions/for-procedure';
import type { EvidenceView } from '../procedures/catalog/view';
import type { Direction } from './best';

// The comparison as pages and the API receive it: groups → rows → one cell per procedure.

export type CompareLink = { title: string; url: string; publisher: string };

export type CompareCell = {
  /** The display string; "Not reported" when our sources give no value. */
  text: string;
  /** A secondary line, e.g. what a price covers. */
  detail?: string;
  list?: string[];
  links?: CompareLink[];
  /** The number the best-of rule compares; null = unknown (never best). */
  value: number | null;
  reported: boolean;
  /** Where the figure comes from, for rows that show a sourced figure. */
  evidence?: EvidenceView;
  /** For a figure calculated from sourced ones: the working and each input's evidence. */
  calculation?: CalculationView;
  /** The health-cautions row: each condition's sourced cautions, named by procedure for the About me flags. */
  cautions?: ProcedureCautions & { procedure: string };
};

export type BestRule = {
  direction: Direction;
  /** Shown beside the row, e.g. "Best: shortest maximum recovery". */
  rule: string;
  /** The value nothing can beat (0 days, permanent); only it may win while others are unknown. */
  bound?: number;
};

export type CompareRow = {
  id: string;
  label: string;
  /** What the row's figure means, where it needs saying (e.g. downtime). */
  definition?: string;
  cells: CompareCell[];
  differs: boolean;
  /** Column indexes holding the best value; empty when the row has no rule or nothing to rank. */
  best: number[];
  /** The rule behind `best`, or why it could not be applied; null for rows that are not ranked. */
  rule: string | null;
};

export type { CompareGroupId };

export type CompareGroup = { id: CompareGroupId; label: string; rows: CompareRow[] };

export type CompareItem = { slug: string; name: string };

export type ComparisonTable = { items: CompareItem[]; groups: CompareGroup[] };

import Link from 'next/link';
import type { ReactNode } from 'react';
import { textLink } from '@/components/ui/styles';
import type { LadderItem } from '@/lib/concerns/ladder';
import type { MapLayout, UnplottedReason } from '@/lib/map/layout';
import { formatCost, formatCostPerYear, formatResults } from '@/lib/procedures/figures/card-format';
import { INVASIVENESS_LABELS, RISK_LABELS, formatDayRange } from '@/lib/procedures/labels';
import { MarkIcon } from './mark';

export type MapTableProps = { items: LadderItem[]; layout: MapLayout; caption: string };

type Column = { key: string; label: string; cell: (item: LadderItem) => ReactNode };

// The figures columns, listed once.
const COLUMNS: readonly Column[] = [
  {
    key: 'invasiveness',
    label: 'Invasiveness',
    cell: ({ procedure }) => (
      <span className="inline-flex items-center gap-1.5">
        <MarkIcon invasiveness={procedure.invasiveness} />
        {INVASIVENESS_LABELS[procedure.invasiveness]}
      </span>
    ),
  },
  { key: 'downtime', label: 'Downtime', cell: ({ procedure }) => formatDayRange(procedure.recoveryDays) },
  { key: 'results', label: 'Results last', cell: ({ procedure }) => formatResults(procedure.results) },
  { key: 'costPerVisit', label: 'Cost per visit', cell: ({ costs }) => formatCost(costs.perVisit) },
  {
    key: 'costPerYear',
    label: 'A year of results',
    cell: ({ procedure }) => formatCostPerYear(procedure),
  },
  { key: 'risk', label: 'Risk level', cell: ({ procedure }) => RISK_LABELS[procedure.riskLevel] },
];

export const MISSING_WORDING: Record<UnplottedReason, string> = {
  downtime: 'downtime not reported',
  results: 'how long results last not reported',
};

/** The map's data as a table, every option in it: the number it has on the map, or why it has none. */
export function MapTable({ items, layout, caption }: MapTableProps) {
  const numbers = new Map(layout.plotted.map((option) => [option.slug, option.number]));
  const missing = new Map(layout.unplotted.map((option) => [option.slug, option.missing]));
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="map-table w-full min-w-[40rem] text-left text-sm text-slate-900">
        <caption className="mb-2 text-left font-semibold text-slate-900">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-2">
              On map
            </th>
            <th scope="col" className="px-2 py-2">
              Option
            </th>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col" className="px-2 py-2">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const { slug, name } = item.procedure;
            return (
              <tr key={slug} data-slug={slug}>
                <td data-field="map-number">
                  {numbers.get(slug) ?? (
                    <span className="italic text-slate-700">
                      Not plotted: {(missing.get(slug) ?? []).map((m) => MISSING_WORDING[m]).join(', ')}
                    </span>
                  )}
                </td>
                <th scope="row" className="font-medium">
                  <Link href={`/procedures/${slug}`} className={textLink}>
                    {name}
                  </Link>
                </th>
                {COLUMNS.map((column) => (
                  <td key={column.key} data-field={column.key}>
                    {column.cell(item)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The options the map leaves out, each with the figure our sources do not give. */
export function UnplottedList({ layout }: { layout: MapLayout }) {
  if (layout.unplotted.length === 0) return null;
  return (
    <div className="text-sm text-slate-800" data-testid="unplotted">
      <h3 className="font-semibold text-slate-900">Not on the map</h3>
      <p>Only sourced figures are plotted. These options lack one, so they are listed instead of placed by a guess:</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {layout.unplotted.map((option) => (
          <li key={option.slug}>
            <Link href={`/procedures/${option.slug}`} className={textLink}>
              {option.name}
            </Link>
            : {option.missing.map((m) => MISSING_WORDING[m]).join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

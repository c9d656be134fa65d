import type { CompareRow as CompareRowData } from '@/lib/compare/types';
import { CompareCell } from './compare-cell';

export type CompareRowProps = { row: CompareRowData };

/** A row: its label (with "Differs" and the best-of rule, in words as well as colour) and cells. */
export function CompareRow({ row }: CompareRowProps) {
  return (
    <tr data-row={row.id} data-differs={row.differs || undefined}>
      <th
        scope="row"
        className={`sticky left-0 z-10 border-b border-r border-slate-200 bg-white p-2 text-left align-top font-medium text-slate-900 sm:p-3 print:static ${
          row.differs ? 'border-l-4 border-l-amber-500' : 'border-l-4 border-l-transparent'
        }`}
      >
        <span className="block">{row.label}</span>
        {row.definition && <span className="mt-1 block text-xs font-normal text-slate-600">{row.definition}</span>}
        {row.differs && (
          <span className="mt-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950">Differs</span>
        )}
        {row.rule && <span className="mt-1 block text-xs font-normal text-slate-600">{row.rule}</span>}
      </th>
      {row.cells.map((cell, index) => {
        const best = row.best.includes(index);
        return (
          <td
            key={index}
            data-best={best || undefined}
            className={`border-b border-slate-200 p-2 align-top sm:p-3 ${best ? 'bg-emerald-50' : ''}`}
          >
            <CompareCell cell={cell} best={best} label={row.label} />
          </td>
        );
      })}
    </tr>
  );
}

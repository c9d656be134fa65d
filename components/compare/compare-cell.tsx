import { CalculationInputs } from '@/components/costs/calculation-inputs';
import { CautionFlags, CautionList } from '@/components/cautions/caution-list';
import { FigureEvidence } from '@/components/procedures/detail/figure-evidence';
import type { CompareCell as CompareCellData } from '@/lib/compare/types';

export type CompareCellProps = { cell: CompareCellData; best: boolean; label: string };

/** One value of the comparison. "Not reported" is shown as such: we never fill gaps. */
export function CompareCell({ cell, best, label }: CompareCellProps) {
  return (
    <>
      {best && (
        <span className="mb-1 inline-flex items-center gap-1 rounded-full bg-emerald-700 px-2 py-0.5 text-xs font-semibold text-white print:border print:border-emerald-800 print:bg-white print:text-emerald-900">
          <span aria-hidden="true">★</span> Best
        </span>
      )}
      {cell.cautions ? (
        <div data-caution-scope={cell.cautions.procedure}>
          <CautionFlags cautions={cell.cautions} />
          <div className="mt-2">
            <CautionList cautions={cell.cautions} />
          </div>
        </div>
      ) : cell.list ? (
        <ul className="list-disc space-y-1 pl-4">
          {cell.list.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : cell.links ? (
        <ul className="space-y-1">
          {cell.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
                {link.title}
              </a>
              {link.publisher && <span className="block text-xs text-slate-600">{link.publisher}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className={cell.reported ? 'text-slate-900' : 'italic text-slate-600'}>{cell.text}</p>
      )}
      {cell.detail && <p className="mt-1 text-xs text-slate-600">{cell.detail}</p>}
      {cell.evidence && <FigureEvidence label={label} evidence={cell.evidence} />}
      {cell.calculation && <CalculationInputs calculation={cell.calculation} label={label} />}
    </>
  );
}

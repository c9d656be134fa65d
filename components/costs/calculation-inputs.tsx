import { FigureEvidence } from '@/components/procedures/detail/figure-evidence';
import type { CalculationView } from '@/lib/procedures/catalog/cost-inputs';

const INPUT_LABELS: Record<CalculationView['inputs'][number]['figure'], string> = {
  cost: 'Fee',
  sessions: 'Sessions',
  resultsLast: 'Results last',
};

export type CalculationInputsProps = { calculation: CalculationView; label: string };

/** The sourced inputs of a calculated cost, each with its year and its own source marker. */
export function CalculationInputs({ calculation, label }: CalculationInputsProps) {
  return (
    <ul className="mt-1 space-y-1 text-xs text-slate-700" aria-label={`Inputs of ${label}`}>
      {calculation.inputs.map((input) => (
        <li key={input.figure}>
          {INPUT_LABELS[input.figure]}: {input.text}
          {input.year !== null ? ` (${input.year})` : ''}
          {input.evidence ? <FigureEvidence label={`${INPUT_LABELS[input.figure]}, ${label}`} evidence={input.evidence} /> : null}
        </li>
      ))}
    </ul>
  );
}

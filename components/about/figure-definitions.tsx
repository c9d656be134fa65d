import { FIGURE_REGISTRY, type FigureRecord } from '@/lib/procedures/figures/figure-registry';

export type FigureDefinitionsProps = { figures?: readonly FigureRecord[] };

/** What each figure means, from the figure registry: /about/data's glossary. */
export function FigureDefinitions({ figures = FIGURE_REGISTRY }: FigureDefinitionsProps) {
  return (
    <dl className="space-y-2">
      {figures.map((record) => (
        <div key={record.key} data-figure={record.key}>
          <dt className="font-semibold text-slate-900">{record.label}</dt>
          <dd className="text-slate-800">{record.definition}</dd>
        </div>
      ))}
    </dl>
  );
}

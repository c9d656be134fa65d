'use client';

import { textLink } from '@/components/ui/styles';
import { describeSource } from '@/lib/procedures/figures/source-line';
import type { EvidenceView } from '@/lib/procedures/catalog/view';

// A figure's source on request: a <details> marker, so it opens by keyboard and without
// JavaScript, holding the quote that locates the figure and the source entry it comes from.
// A client component without state, for its payload: a page shows dozens, and React then sends
// each one's quote and source (a source shared by several figures once) rather than its markup.

export type FigureEvidenceProps = { label: string; evidence?: EvidenceView | null; gap?: string | null };

// Component classes (app/globals.css): repeated for every figure and caution of a page.
const summaryClass = 'evidence-summary';

export function FigureEvidence({ label, evidence, gap }: FigureEvidenceProps) {
  if (evidence) {
    const weaker = evidence.source.kind === 'physician_practice';
    return (
      <details className="mt-1 text-sm font-normal not-italic" data-evidence={evidence.source.id}>
        <summary className={summaryClass}>
          {weaker ? 'Source (weaker evidence)' : 'Source'}
          <span className="sr-only"> for {label}</span>
        </summary>
        <div className="evidence-box">
          <blockquote className="italic">“{evidence.quote}”</blockquote>
          <p className="mt-1">
            <a href={evidence.source.url} className={textLink}>
              {evidence.source.title}
            </a>
            <span className="block text-xs text-slate-700">
              {describeSource(evidence.source)} · accessed {evidence.source.accessed}
            </span>
          </p>
          {weaker ? (
            <p className="mt-1 text-xs text-slate-700">
              A physician practice page: weaker evidence, used only because no higher source we found gives this figure.
            </p>
          ) : null}
        </div>
      </details>
    );
  }
  if (gap) {
    return (
      <details className="mt-1 text-sm font-normal not-italic" data-gap="">
        <summary className={summaryClass}>
          Why not reported<span className="sr-only"> for {label}</span>
        </summary>
        <p className="evidence-box">No source we trust gives this figure. What we searched: {gap}</p>
      </details>
    );
  }
  return null;
}

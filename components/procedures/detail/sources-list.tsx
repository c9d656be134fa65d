'use client';

import { describeSource } from '@/lib/procedures/figures/source-line';
import { textLink } from '@/components/ui/styles';
import { formatIsoDate } from '@/lib/procedures/figures/card-format';
import type { SourceView } from '@/lib/procedures/catalog/view';

export type SourcesListProps = { sources: SourceView[]; lastReviewed: string };

export function SourcesList({ sources, lastReviewed }: SourcesListProps) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="text-lg font-semibold text-slate-900">
        Sources
      </h2>
      <ol className="mt-2 list-decimal space-y-2 pl-5 text-slate-800">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <a href={source.url} className={textLink}>
              {source.title}
            </a>
            <span className="block text-sm text-slate-700">
              {describeSource(source)} · accessed {source.accessed}
            </span>
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm text-slate-700">
        Last reviewed: <time dateTime={lastReviewed}>{formatIsoDate(lastReviewed)}</time>
      </p>
    </section>
  );
}

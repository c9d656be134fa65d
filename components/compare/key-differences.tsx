import Link from 'next/link';
import type { KeyDifference, KeySummary } from '@/lib/compare/key-differences';
import { compareHref, type CompareHrefOptions } from '@/lib/compare/url';

export type KeyDifferencesProps = {
  rows: KeyDifference[];
  summaries: KeySummary[];
  /** The procedures compared, in order: each summary offers this comparison without it. */
  slugs: readonly string[];
  /** The view those links keep (only differences, the full table). */
  view: CompareHrefOptions;
  /** Where "All details and sources" is: below, or one link away. */
  detailsHref: string;
};

/**
 * The figures a comparison is decided on, before the full table. One attribute per row: on a
 * phone stacked ("Time off work — Botox: Same day · Facelift: 10–14 days"), from `sm` up a grid
 * with the procedures as columns (their names then head the columns, so each value's own name is
 * kept for screen readers only). Styles: .key-diffs in app/globals.css.
 */
export function KeyDifferences({ rows, summaries, slugs, view, detailsHref }: KeyDifferencesProps) {
  const columns = rows[0]?.values.length ?? 0;
  return (
    <section aria-labelledby="key-differences-heading" className="key-diffs" style={{ '--columns': columns } as React.CSSProperties}>
      <h2 id="key-differences-heading">Key differences</h2>
      <ul className="key-summaries">
        {summaries.map((summary) => (
          <li key={summary.slug}>
            <strong>
              <Link href={`/procedures/${summary.slug}`} className="text-link">
                {summary.name}
              </Link>
              :
            </strong>{' '}
            {summary.sentence}{' '}
            <Link
              href={compareHref(
                slugs.filter((slug) => slug !== summary.slug),
                view,
              )}
              scroll={false}
              className="key-remove no-print"
            >
              Remove<span className="sr-only">{` ${summary.name} from comparison`}</span>
            </Link>
          </li>
        ))}
      </ul>
      <dl>
        <div aria-hidden="true" className="key-names">
          <span />
          {summaries.map((summary) => (
            <span key={summary.slug}>{summary.name}</span>
          ))}
        </div>
        {rows.map((row) => (
          <div key={row.id} data-key={row.id} data-differs={row.differs || undefined}>
            <dt>{row.label}</dt>
            {row.values.map((value) => (
              <dd key={value.slug} data-missing={value.reported ? undefined : ''}>
                <span className="key-name">{`${value.name}: `}</span>
                {value.text}
              </dd>
            ))}
          </div>
        ))}
      </dl>
      <p className="key-more">
        <a href={detailsHref} className="text-link">
          All details and sources
        </a>
        : every figure with its quote, side effects, cautions and who performs it.
      </p>
    </section>
  );
}

import type { KeyDifference, KeySummary } from '@/lib/compare/key-differences';

export type KeyDifferencesProps = { rows: KeyDifference[]; summaries: KeySummary[] };

/**
 * The figures a comparison is decided on, before the full table. One attribute per row: on a
 * phone stacked ("Time off work — Botox: Same day · Facelift: 10–14 days"), from `sm` up a grid
 * with the procedures as columns (their names then head the columns, so each value's own name is
 * kept for screen readers only). Styles: .key-diffs in app/globals.css.
 */
export function KeyDifferences({ rows, summaries }: KeyDifferencesProps) {
  const columns = rows[0]?.values.length ?? 0;
  return (
    <section aria-labelledby="key-differences-heading" className="key-diffs" style={{ '--columns': columns } as React.CSSProperties}>
      <h2 id="key-differences-heading">Key differences</h2>
      <ul className="key-summaries">
        {summaries.map((summary) => (
          <li key={summary.slug}>
            <strong>{`${summary.name}:`}</strong> {summary.sentence}
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
        <a href="#all-details" className="text-link">
          All details and sources
        </a>{' '}
        below: every figure with its quote, side effects, cautions and who performs it.
      </p>
    </section>
  );
}

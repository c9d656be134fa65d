import Link from 'next/link';

const ENTRY_POINTS = [
  { href: '/procedures?downtimeDays=0', title: 'Same day', text: 'No downtime reported' },
  { href: '/procedures?downtimeDays=2', title: 'Within a weekend', text: 'Ready again in 2 days or less' },
  { href: '/procedures?invasiveness=non_invasive', title: 'Non-invasive only', text: 'No needles or incisions' },
  { href: '/procedures?risk=low', title: 'Lower risk first', text: 'Rated low risk in our catalog' },
  { href: '/procedures?sort=cost', title: 'By cost', text: 'Lowest published fees first' },
  { href: '/procedures', title: 'Everything', text: 'The whole catalog, quickest recovery first' },
] as const;

export function EntryPoints() {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {ENTRY_POINTS.map((entry) => (
        <li key={entry.href}>
          <Link href={entry.href} className="entry-card">
            <strong>{entry.title}</strong>
            <span>{entry.text}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

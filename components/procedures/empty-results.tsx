import Link from 'next/link';
import { textLink } from '@/components/ui/styles';

export type RelaxationHint = { label: string; href: string; count: number };

export type EmptyResultsProps = {
  /** One per active filter, with how many procedures removing it would show. */
  hints: RelaxationHint[];
  clearHref: string;
  /** Matches with no filters at all. */
  clearCount: number;
};

function plural(count: number): string {
  return `${count} ${count === 1 ? 'procedure' : 'procedures'}`;
}

/** An empty result names the filters to relax and what each would bring back, instead of a dead end. */
export function EmptyResults({ hints, clearHref, clearCount }: EmptyResultsProps) {
  const helpful = hints.filter((hint) => hint.count > 0).sort((a, b) => b.count - a.count);
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-6">
      <h2 className="text-lg font-semibold text-slate-900">No procedures match all of these filters</h2>
      {helpful.length > 0 ? (
        <>
          <p className="mt-2 text-slate-800">Try relaxing one of them:</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
            {helpful.map((hint) => (
              <li key={hint.href}>
                <Link href={hint.href} className={textLink}>
                  Remove {hint.label}
                </Link>{' '}
                to see {plural(hint.count)}.
              </li>
            ))}
          </ul>
        </>
      ) : hints.length > 0 ? (
        <p className="mt-2 text-slate-800">Removing any single filter still leaves nothing; try starting again.</p>
      ) : null}
      <p className="mt-4 text-slate-800">
        <Link href={clearHref} className={textLink}>
          Clear all filters
        </Link>{' '}
        to see all {plural(clearCount)}.
      </p>
    </div>
  );
}

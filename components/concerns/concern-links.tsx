import Link from 'next/link';
import { focusRing } from '@/components/ui/styles';
import { getConcernLabel, toConcernHref } from '@/lib/concerns/concern-url';
import type { Concern } from '@/lib/procedures/constants';

export type ConcernLinksProps = {
  concerns: readonly { concern: Concern; count?: number }[];
  /** Names the list for assistive tech, e.g. "Concerns". */
  label: string;
};

/** Links to concern pages, as pills: from the guide, the filter panel and each procedure page. */
export function ConcernLinks({ concerns, label }: ConcernLinksProps) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {concerns.map(({ concern, count }) => (
        <li key={concern}>
          <Link
            href={toConcernHref(concern)}
            className={`inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-brand-800 hover:border-brand-600 hover:bg-brand-50 ${focusRing}`}
          >
            {getConcernLabel(concern)}
            {count !== undefined ? <span className="text-slate-700"> ({count})</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

import Link from 'next/link';
import { focusRing } from '@/components/ui/styles';
import type { ListView } from '@/lib/procedures/list/filter-registry';

export type ViewSwitchProps = { current: ListView; hrefs: Record<ListView, string> };

const LABELS: Record<ListView, string> = { list: 'List', map: 'Trade-off map' };

/** List or map of the same filtered results: plain links, so it works without JavaScript. */
export function ViewSwitch({ current, hrefs }: ViewSwitchProps) {
  return (
    <nav aria-label="Show results as" className="no-print">
      <ul className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm">
        {(Object.keys(LABELS) as ListView[]).map((view) => (
          <li key={view}>
            <Link
              href={hrefs[view]}
              aria-current={view === current ? 'page' : undefined}
              className={`block rounded px-3 py-1.5 font-semibold ${view === current ? 'bg-brand-700 text-white' : 'text-brand-800 hover:bg-brand-50'} ${focusRing}`}
            >
              {LABELS[view]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import Link from 'next/link';
import { SavedCount } from './saved-count';

const NAV = [
  { href: '/procedures', label: 'Procedures' },
  { href: '/compare', label: 'Compare' },
  { href: '/plan', label: 'Plan' },
  { href: '/bookmarks', label: 'Saved' },
  { href: '/about/data', label: 'Our data' },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white no-print">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-800 hover:underline">
          Procedure Compare
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block rounded px-3 py-2 text-slate-800 hover:bg-brand-50 hover:text-brand-800">
                  {item.label}
                  {item.href === '/bookmarks' ? <SavedCount /> : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

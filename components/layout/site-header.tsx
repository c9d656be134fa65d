import Link from 'next/link';
import { SavedCount } from './saved-count';

const NAV = [
  { href: '/procedures', label: 'Procedures' },
  { href: '/compare', label: 'Compare' },
  { href: '/plan', label: 'Plan' },
  { href: '/bookmarks', label: 'Saved' },
  { href: '/about/data', label: 'Our data' },
] as const;

/**
 * One line on every screen: on a phone the links fold into a "Menu" disclosure (a <details>, so
 * it opens without JavaScript); from `sm` up the same list is always open (.site-menu in
 * app/globals.css).
 */
export function SiteHeader() {
  return (
    <header className="site-header no-print">
      <div>
        <Link href="/" className="site-name">
          Procedure Compare
        </Link>
        <nav aria-label="Main">
          <details className="site-menu">
            <summary>Menu</summary>
            <ul>
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>
                    {item.label}
                    {item.href === '/bookmarks' ? <SavedCount /> : null}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        </nav>
      </div>
    </header>
  );
}

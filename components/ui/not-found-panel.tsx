import Link from 'next/link';
import type { ReactNode } from 'react';
import { textLink } from './styles';

export type NotFoundPanelProps = { title: string; children?: ReactNode };

/** The body of every 404 page: a plain statement and the ways back into the site. */
export function NotFoundPanel({ title, children }: NotFoundPanelProps) {
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">Error 404</p>
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      {children}
      <ul className="list-disc space-y-1 pl-5 text-slate-800">
        <li>
          <Link href="/procedures" className={textLink}>
            Browse all procedures
          </Link>
        </li>
        <li>
          <Link href="/" className={textLink}>
            Read the guide: cosmetic dermatology or plastic surgery?
          </Link>
        </li>
      </ul>
    </div>
  );
}

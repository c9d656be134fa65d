import type { Metadata } from 'next';
import { NotFoundPanel } from './not-found-panel';

export const PAGE_NOT_FOUND_METADATA: Metadata = { title: 'Page not found', robots: { index: false } };

/** The site's own 404 message: an address with no page, or a topic or section that doesn't exist. */
export function PageNotFound() {
  return (
    <NotFoundPanel title="We couldn't find that page">
      <p className="text-slate-800">The link may be out of date, or the address may have a typo.</p>
    </NotFoundPanel>
  );
}

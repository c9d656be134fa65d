import type { Metadata } from 'next';
import { NotFoundPanel } from '@/components/ui/not-found-panel';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <NotFoundPanel title="We couldn't find that page">
      <p className="text-slate-800">The link may be out of date, or the address may have a typo.</p>
    </NotFoundPanel>
  );
}

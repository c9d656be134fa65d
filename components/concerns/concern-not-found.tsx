import type { Metadata } from 'next';
import Link from 'next/link';
import { NotFoundPanel } from '@/components/ui/not-found-panel';
import { textLink } from '@/components/ui/styles';

export const CONCERN_NOT_FOUND_METADATA: Metadata = { title: 'Concern not found', robots: { index: false } };

/** What /concerns/<concern> shows for a concern the catalog doesn't list. */
export function ConcernNotFound() {
  return (
    <NotFoundPanel title="We don't have a page for that concern">
      <p className="text-slate-800">
        Concern pages cover the concerns our catalog lists.{' '}
        <Link href="/concerns" className={textLink}>
          See every concern
        </Link>
        .
      </p>
    </NotFoundPanel>
  );
}

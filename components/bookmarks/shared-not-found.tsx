import type { Metadata } from 'next';
import { NotFoundPanel } from '@/components/ui/not-found-panel';

export const SHARED_NOT_FOUND_METADATA: Metadata = { title: 'Shared list not available', robots: { index: false, follow: false } };

/** What /shared/<token> shows for a token that names no shared list (unknown, revoked or cut short). */
export function SharedNotFound() {
  return (
    <NotFoundPanel title="This shared list is not available">
      <p className="text-slate-800">
        The person who shared it may have stopped sharing, or the link may be incomplete. Ask them for a new link.
      </p>
    </NotFoundPanel>
  );
}

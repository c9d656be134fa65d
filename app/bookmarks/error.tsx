'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

export default function BookmarksError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel title="Your saved list could not be loaded" error={error} onRetry={retry} />;
}

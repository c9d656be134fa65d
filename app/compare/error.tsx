'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

// Reached only when the catalog cannot be read: bad ids never throw, they become notices.
export default function CompareError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel title="We could not load this comparison" error={error} onRetry={retry} />;
}

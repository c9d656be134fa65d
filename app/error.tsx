'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

export default function Error({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel title="Something went wrong loading this page" error={error} onRetry={retry} />;
}

'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

export default function BookmarksError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="Your saved list could not be loaded" onRetry={reset} digest={error.digest} />;
}

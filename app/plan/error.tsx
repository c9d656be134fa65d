'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

// Reached only when the catalog cannot be read: bad input never throws, it becomes a notice.
export default function PlanError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel title="We could not work out your plan" error={error} onRetry={retry} />;
}

'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

export default function Error({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return <ErrorPanel title="Something went wrong loading this page" onRetry={retry} digest={digest} />;
}

'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

export default function ProceduresError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return <ErrorPanel title="We couldn't load the procedure catalog" onRetry={retry} digest={digest} />;
}

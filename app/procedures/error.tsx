'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

export default function ProceduresError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel title="We couldn't load the procedure catalog" error={error} onRetry={retry} />;
}

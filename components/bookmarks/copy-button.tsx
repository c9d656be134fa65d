'use client';

import { useState, useSyncExternalStore } from 'react';
import { secondaryButton } from '@/components/ui/styles';

function subscribeNever() {
  return () => {};
}

/** Copies `text`; rendered only once JavaScript runs, since without it the button could do nothing. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState('');
  // False on the server and during hydration, true once the client has taken over.
  const ready = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  if (!ready) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied.');
    } catch {
      setStatus('Copying is blocked here: select the link and copy it yourself.');
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className={`${secondaryButton} min-h-11`}>
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700">
        {status}
      </span>
    </span>
  );
}

'use client';

import { useEffect, useState } from 'react';
import { secondaryButton } from '@/components/ui/styles';

/** Copies `text`; rendered only once JavaScript runs, since without it the button could do nothing. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => setReady(true), []);
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

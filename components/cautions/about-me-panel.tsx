'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { secondaryButton } from '@/components/ui/styles';
import { CONDITIONS, type ConditionId } from '@/lib/cautions/conditions';
import { applyFlags, describeFlags } from '@/lib/cautions/flags';
import { useLocalStore } from '@/lib/browser/use-local-store';
import { conditionsStore, setConditions } from '@/lib/cautions/storage';

// "About me": the visitor ticks health conditions; options on the page with a sourced caution
// for one of them are flagged with the reason. The ticks live in this browser's localStorage and
// are applied here, in the browser: the checkboxes have no name (a surrounding form could never
// submit them), and nothing is fetched or posted. Without JavaScript every caution is already
// shown in full, so the panel only says so.

const NONE: readonly ConditionId[] = [];

export function AboutMePanel() {
  const stored = useLocalStore(conditionsStore);
  const ready = stored !== null;
  const selected = stored ?? NONE;
  const [status, setStatus] = useState('');
  const panelRef = useRef<HTMLDetailsElement>(null);
  const idPrefix = useId();

  // Apply now, and again whenever the page's content changes (client navigation, a new plan, a
  // column added to the comparison). Our own attribute changes are not observed.
  useEffect(() => {
    if (!ready) return;
    let frame = 0;
    const run = () => {
      frame = 0;
      setStatus(describeFlags(selected, applyFlags(document, selected)));
    };
    run();
    const observer = new MutationObserver((mutations) => {
      if (frame || mutations.every((mutation) => panelRef.current?.contains(mutation.target))) return;
      frame = requestAnimationFrame(run);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ready, selected]);

  const update = (next: readonly ConditionId[]) => setConditions(next);
  const toggle = (id: ConditionId, checked: boolean) => update(checked ? [...selected, id] : selected.filter((other) => other !== id));

  return (
    <details ref={panelRef} className="no-print rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm" data-about-me="">
      <summary className="cursor-pointer font-semibold text-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
        About me: flag the cautions that apply to me{ready && selected.length > 0 ? ` (${selected.length} ticked)` : ''}
      </summary>
      <div className="mt-2 space-y-3">
        <p className="text-slate-800">
          Tick what applies to you. Options with a sourced caution for it are flagged with the reason; nothing is hidden.
        </p>
        <p className="text-slate-700">
          Private: what you tick stays in this browser&apos;s storage. It is never sent to our server, saved in our database or put in a
          link.
        </p>
        {ready ? null : (
          <p className="rounded border border-slate-300 bg-white p-2 text-slate-800" data-needs-js="">
            This panel needs JavaScript. Every caution is shown in full on each option below.
          </p>
        )}
        <fieldset disabled={!ready} className="space-y-1">
          <legend className="sr-only">Health conditions</legend>
          {CONDITIONS.map((condition) => {
            const descriptionId = `${idPrefix}-${condition.id}`;
            return (
              <div key={condition.id}>
                <label className="choice-row">
                  <input
                    type="checkbox"
                    className="choice-input"
                    value={condition.id}
                    checked={selected.includes(condition.id)}
                    onChange={(event) => toggle(condition.id, event.target.checked)}
                    aria-describedby={descriptionId}
                  />
                  <span>{condition.label}</span>
                </label>
                <p id={descriptionId} className="ml-7 text-xs text-slate-700">
                  {condition.description}
                </p>
              </div>
            );
          })}
        </fieldset>
        <button type="button" className={secondaryButton} disabled={!ready || selected.length === 0} onClick={() => update([])}>
          Clear my ticks
        </button>
        <p role="status" className="text-slate-900">
          {status}
        </p>
      </div>
    </details>
  );
}

'use client';

import { COMPARE_TOGGLE_WORDS } from '@/lib/compare/toggle-words';
import { compareHref } from '@/lib/compare/url';

export type AddToCompareButtonProps = { slug: string; name: string; className?: string };

/**
 * Adds a procedure to the compare tray, or takes it out again. Markup only (a client component
 * without state or effects, so React's payload carries just its two props): the page's one
 * controller (lib/compare/compare-toggles.ts, started by ProcedureControls) reads the tray, makes
 * the link a toggle button and swaps its words, so a list of cards runs no code per card. Without JavaScript it is what it looks like, a link:
 * it opens /compare with this procedure, where more can be added. The procedure's name is in the
 * accessible name ("Add Botox to compare") so a list of cards does not read as identical links.
 */
export function AddToCompareButton({ slug, name, className = '' }: AddToCompareButtonProps) {
  const words = COMPARE_TOGGLE_WORDS.out;
  return (
    <span className={`no-print inline-flex flex-col items-start ${className}`} data-compare-toggle={slug} data-name={name}>
      <a href={compareHref([slug])} data-state="unknown" className="compare-toggle">
        {/* One wrapper: text between flex items would lose its spaces. The sign (+ or ✓) is CSS, by
            data-state; the controller rewrites the words around the name (compareToggleText). */}
        <span>
          {`${words.verb} `}
          <span className="sr-only">{name}</span>
          {` ${words.preposition} compare`}
        </span>
      </a>
      {/* Always in the DOM: a live region must exist before its text changes to be announced. */}
      <span role="status" data-compare-refusal="" className="mt-1 max-w-xs text-sm text-red-800 empty:mt-0" />
    </span>
  );
}

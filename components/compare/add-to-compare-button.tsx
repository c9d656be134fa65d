import { COMPARE_TOGGLE_WORDS } from '@/lib/compare/toggle-words';

export type AddToCompareButtonProps = { slug: string; name: string; className?: string };

/**
 * Adds a procedure to the compare tray, or takes it out again. Server-rendered markup with no
 * client component of its own: the page's one controller (lib/compare/compare-toggles.ts, started
 * by ProcedureControls) reads the tray, enables the button and swaps its words, so a list of
 * cards hydrates nothing per card. The procedure's name is in the accessible name ("Add Botox to
 * compare") so a list of cards does not read as a list of identical buttons.
 */
export function AddToCompareButton({ slug, name, className = '' }: AddToCompareButtonProps) {
  const words = COMPARE_TOGGLE_WORDS.out;
  return (
    <span className={`no-print inline-flex flex-col items-start ${className}`} data-compare-toggle={slug} data-name={name}>
      {/* Disabled until the tray is read: before that the button cannot act honestly. */}
      <button type="button" disabled data-state="unknown" className="compare-toggle">
        <span aria-hidden="true" data-word="sign">
          {words.sign}
        </span>
        <span>
          <span data-word="verb">{words.verb}</span> <span className="sr-only">{name}</span>{' '}
          <span data-word="preposition">{words.preposition}</span> compare
        </span>
      </button>
      {/* Always in the DOM: a live region must exist before its text changes to be announced. */}
      <span role="status" data-compare-refusal="" className="mt-1 max-w-xs text-sm text-red-800 empty:mt-0" />
    </span>
  );
}

import { FigureEvidence } from '@/components/procedures/detail/figure-evidence';
import { CAUTION_LEVEL_LABELS, type CautionLevel } from '@/lib/cautions/schema';
import type { ProcedureCautions } from '@/lib/cautions/for-procedure';

// A procedure's cautions, always rendered in full (no JavaScript needed). Each condition carries
// data-condition so the "About me" panel can mark, in the browser, the ones the visitor ticked;
// conditions our sources say nothing about are named too, never implied safe.

export type CautionListProps = {
  cautions: ProcedureCautions;
  /**
   * false on cards and plan options: the cautions' wording only, with their sources one click away
   * on the procedure page. A list page repeats this for every option, and the quotes and source
   * entries made /plan's HTML four times heavier.
   */
  withEvidence?: boolean;
};

// Component classes (app/globals.css): a badge and a flag per condition on every card of a list.
const LEVEL_TONE: Record<CautionLevel, string> = {
  avoid: 'tone-avoid',
  ask: 'tone-ask',
};

/**
 * "Health cautions (N)" for a card's or option's cautions, naming the procedure for screen readers,
 * as a summary or a link. One text node each: it is repeated on every card of a list.
 */
export function CautionsLabel({ cautions, name }: { cautions: ProcedureCautions; name: string }) {
  return (
    <>
      {`Health cautions (${cautions.flagged.length})`}
      <span className="sr-only">{` for ${name}`}</span>
    </>
  );
}

export function CautionLevelBadge({ level }: { level: CautionLevel }) {
  return <span className={`caution-badge ${LEVEL_TONE[level]}`}>{CAUTION_LEVEL_LABELS[level]}</span>;
}

/**
 * "Flagged for you" lines: rendered for every condition, shown by CSS only where the visitor's tick
 * matches. `rest` says where the condition's other cautions are: in the list below, or (on
 * plan options, which link to it instead of repeating it) on the procedure's page. `short` names
 * the condition only (compact plan options: the wording is one link away).
 */
export function CautionFlags({
  cautions,
  rest = 'below',
  short = false,
}: Pick<CautionListProps, 'cautions'> & { rest?: 'below' | 'on its page'; short?: boolean }) {
  if (cautions.flagged.length === 0) return null;
  return (
    <ul className="caution-flags mt-3 space-y-1 text-sm">
      {cautions.flagged.map((group) => (
        <li key={group.condition} data-condition={group.condition} data-flag="" className={`caution-flag ${LEVEL_TONE[group.level]}`}>
          {/* One text node each (template strings): no React separators in every flag of a list. */}
          <strong>{`Flagged for you: ${group.label}.`}</strong>
          {short
            ? ` See its page.`
            : ` ${group.cautions[0]?.text ?? ''}${group.cautions.length > 1 ? ` (${group.cautions.length - 1} more ${rest}.)` : ''}`}
        </li>
      ))}
    </ul>
  );
}

export function CautionList({ cautions, withEvidence = true }: CautionListProps) {
  const { flagged, none } = cautions;
  return (
    <div className="space-y-3 text-sm" data-caution-list="">
      {flagged.length > 0 ? (
        <ul className={withEvidence ? 'space-y-3' : 'space-y-1'}>
          {flagged.map((group) => (
            <li
              key={group.condition}
              data-condition={group.condition}
              data-level={group.level}
              className={`caution-item ${withEvidence ? 'p-3' : 'p-2'}`}
            >
              <p className={withEvidence ? 'font-semibold text-slate-900' : 'text-slate-900'}>
                <span className={withEvidence ? undefined : 'font-semibold'}>{group.label}</span>
                <CautionLevelBadge level={group.level} />
                <span className="caution-you">(you ticked this)</span>
                {/* Compact, for lists that repeat it on every option: the same words on one line, sources on the procedure page. */}
                {withEvidence ? null : `: ${group.cautions.map((caution) => caution.text).join(' ')}`}
              </p>
              {withEvidence ? (
                <ul className="mt-1 space-y-2">
                  {group.cautions.map((caution) => (
                    <li key={`${caution.evidence.source.id}:${caution.evidence.quote}`} className="text-slate-800">
                      <p>{caution.text}</p>
                      <FigureEvidence label={`the ${group.label.toLowerCase()} caution`} evidence={caution.evidence} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-800">Our sources give no condition-specific caution for this procedure.</p>
      )}
      {none.length > 0 ? (
        <p className="text-slate-700">
          No caution found in our sources for:{' '}
          {none.map((item, index) => (
            <span key={item.condition}>
              <span data-condition-none={item.condition} className="caution-none">
                {item.label}
              </span>
              {index < none.length - 1 ? '; ' : ''}
            </span>
          ))}
          . That does not mean it is safe for you: ask your provider.
        </p>
      ) : null}
      {!withEvidence && flagged.length > 0 ? (
        <p className="text-xs text-slate-700">Each caution’s source is on the procedure’s page.</p>
      ) : null}
    </div>
  );
}

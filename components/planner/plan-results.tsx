import type { ReactNode } from 'react';
import type { Plan } from '@/lib/planner/plan';
import { SECTIONS, type RankedOption, type Section } from '@/lib/planner/types';
import type { ProcedureDetail } from '@/lib/procedures/catalog/view';
import { TOP_PICKS } from '@/lib/planner/constants';
import { PlanOption } from './plan-option';
import { getSectionCopy } from './section-copy';

export type PlanResultsProps = {
  plan: Plan;
  procedures: ReadonlyMap<string, ProcedureDetail>;
  eventDate: string | undefined;
  /** Also render the options that can't be ready in time or don't fit (show=late). */
  showLate?: boolean;
  /**
   * Per-option controls from other features (compare, bookmarks), on the full cards only: each
   * control is a client component to hydrate, and a page of 35 of them blocked a phone's main
   * thread for a third of a second. Compact options' titles link to the page, which has both.
   */
  renderActions?: (option: RankedOption, procedure: ProcedureDetail) => ReactNode;
};

const COMPACT: ReadonlySet<Section> = new Set(['unconfirmed', 'too_late', 'does_not_fit']);
/** Rendered only on request, at their own URL (show=late): a long list nobody needs first. */
export const ON_REQUEST: ReadonlySet<Section> = new Set(['too_late', 'does_not_fit']);
// The top picks get the full card (facts, what the date allows for, compare and save); the rest
// are compact: name, deadline, what to check, flags. A full card costs several KB of HTML and as
// much again of React's payload (the page's budget is printed by npm run bench).
const FULL_DETAIL_RANKS = TOP_PICKS;

function isCompact(option: RankedOption): boolean {
  return COMPACT.has(option.section) || option.rank > FULL_DETAIL_RANKS;
}

export function PlanResults({ plan, procedures, eventDate, showLate = false, renderActions }: PlanResultsProps) {
  return (
    <div className="space-y-8">
      {SECTIONS.filter((section) => showLate || !ON_REQUEST.has(section)).map((section) => {
        const options = plan.options.filter((option) => option.section === section);
        if (options.length === 0) return null;
        const copy = getSectionCopy(section, eventDate);
        const headingId = `plan-section-${section}`;
        return (
          <section key={section} aria-labelledby={headingId} data-section={section}>
            <h2 id={headingId} className="text-xl font-bold text-slate-900">
              {copy.title} <span className="font-normal text-slate-700">({options.length})</span>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{copy.description}</p>
            <ol className="mt-3 space-y-3" start={options[0]?.rank}>
              {options.map((option) => {
                const procedure = procedures.get(option.slug);
                if (!procedure) return null;
                const compact = isCompact(option);
                return (
                  <li key={option.slug}>
                    <PlanOption
                      option={option}
                      procedure={procedure}
                      eventDate={eventDate}
                      compact={compact}
                      actions={compact ? undefined : renderActions?.(option, procedure)}
                    />
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

import type { ReactNode } from 'react';
import type { Plan } from '@/lib/planner/plan';
import { SECTIONS, type RankedOption, type Section } from '@/lib/planner/types';
import type { ProcedureDetail } from '@/lib/procedures/view';
import { PlanOption } from './plan-option';
import { getSectionCopy } from './section-copy';

export type PlanResultsProps = {
  plan: Plan;
  procedures: ReadonlyMap<string, ProcedureDetail>;
  eventDate: string | undefined;
  /**
   * Per-option controls from other features (compare, bookmarks), on the full cards only: each
   * control is a client component to hydrate, and a page of 35 of them blocked a phone's main
   * thread for a third of a second. Compact options' titles link to the page, which has both.
   */
  renderActions?: (option: RankedOption, procedure: ProcedureDetail) => ReactNode;
};

const COMPACT: ReadonlySet<Section> = new Set(['unconfirmed', 'too_late', 'does_not_fit']);
const FOLDABLE: ReadonlySet<Section> = new Set(['too_late', 'does_not_fit']);
// Long lists of ruled-out options start folded so the ones that fit stay in view.
const FOLD_OVER = 6;
// The best-ranked options get the full card (facts, milestones, compare and save); the rest of a
// long list is compact too. A plan with no answers yet ranks all 35 as "fits", and 18 full cards
// were ~800 elements and 36 client controls to hydrate.
const FULL_DETAIL_RANKS = 10;

function isCompact(option: RankedOption): boolean {
  return COMPACT.has(option.section) || option.rank > FULL_DETAIL_RANKS;
}

export function PlanResults({ plan, procedures, eventDate, renderActions }: PlanResultsProps) {
  return (
    <div className="space-y-8">
      {SECTIONS.map((section) => {
        const options = plan.options.filter((option) => option.section === section);
        if (options.length === 0) return null;
        const copy = getSectionCopy(section, eventDate);
        const headingId = `plan-section-${section}`;
        const list = (
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
        );
        return (
          <section key={section} aria-labelledby={headingId} data-section={section}>
            <h2 id={headingId} className="text-xl font-bold text-slate-900">
              {copy.title} <span className="font-normal text-slate-700">({options.length})</span>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{copy.description}</p>
            {FOLDABLE.has(section) && options.length > FOLD_OVER ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium text-brand-800">Show all {options.length} with reasons</summary>
                {list}
              </details>
            ) : (
              list
            )}
          </section>
        );
      })}
    </div>
  );
}

import Link from 'next/link';
import type { ReactNode } from 'react';
import { CautionFlags, CautionList, CautionsLabel } from '@/components/cautions/caution-list';
import { focusRing, titleLink } from '@/components/ui/styles';
import { cautionsFor } from '@/lib/cautions/for-procedure';
import { NOT_REPORTED, formatCost, formatMilestone, formatResults } from '@/lib/procedures/card-format';
import { CATEGORY_LABELS, INVASIVENESS_LABELS, RISK_LABELS, formatDayRange } from '@/lib/procedures/labels';
import type { ProcedureDetail } from '@/lib/procedures/view';
import type { RankedOption } from '@/lib/planner/types';
import { ReasonList } from './reason-list';
import { getSectionCopy } from './section-copy';
import { TimingBox } from './timing-box';

export type PlanOptionProps = {
  option: RankedOption;
  procedure: ProcedureDetail;
  eventDate: string | undefined;
  /**
   * Lower sections and ranks past the first ten show only the name, the reasons and the flags of
   * ticked conditions (their cautions in full one link away), to keep the page scannable.
   */
  compact?: boolean;
  /** Controls from other features (add to compare, bookmark). */
  actions?: ReactNode;
};

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-700">{label}</dt>
      <dd className={value === NOT_REPORTED ? 'italic text-slate-700' : 'text-slate-900'}>{value}</dd>
    </div>
  );
}

export function PlanOption({ option, procedure, eventDate, compact = false, actions }: PlanOptionProps) {
  const copy = getSectionCopy(option.section, eventDate);
  const headingId = `plan-option-${option.slug}`;
  const milestones = procedure.milestones;
  const showTiming = Boolean(option.timing && option.timing.daysFromToday >= 0 && eventDate);
  // The box below says "have it done by …"; the matching reason line would only repeat it.
  const reasons = showTiming
    ? option.reasons.filter((reason) => !(reason.constraint === 'timing' && reason.outcome === 'pass'))
    : option.reasons;
  const cautions = cautionsFor(procedure);
  return (
    <article
      aria-labelledby={headingId}
      data-slug={option.slug}
      data-section={option.section}
      data-caution-scope={option.name}
      className="plan-option"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="min-w-0 text-lg font-semibold leading-snug">
          <Link href={`/procedures/${option.slug}`} className={titleLink}>
            {option.name}
          </Link>
        </h3>
        <span className={`plan-badge ${copy.badgeTone}`}>{copy.badge}</span>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {CATEGORY_LABELS[procedure.category]} · {INVASIVENESS_LABELS[procedure.invasiveness]}
      </p>
      {showTiming && option.timing && eventDate ? <TimingBox timing={option.timing} eventDate={eventDate} /> : null}
      {compact ? null : (
        <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
          <Fact label="Downtime" value={formatDayRange(procedure.recoveryDays)} />
          <Fact label="Cost" value={formatCost(procedure.cost)} />
          <Fact label="Risk" value={RISK_LABELS[procedure.riskLevel]} />
          <Fact label="Results last" value={formatResults(procedure.results)} />
        </dl>
      )}
      <div className="mt-3">
        <ReasonList reasons={reasons} />
      </div>
      <CautionFlags cautions={cautions} rest={compact ? 'on its page' : 'below'} />
      {compact ? (
        // Every option repeating its whole caution list was half of /plan's elements, and all of
        // them hydrated on a phone; compact options keep the flags and link to the full list.
        <p className="mt-3 text-sm">
          <Link href={`/procedures/${option.slug}#right-for-me-heading`} className={`font-medium text-brand-800 ${focusRing}`}>
            <CautionsLabel cautions={cautions} name={option.name} /> on its page
          </Link>
        </p>
      ) : (
        <details className="mt-3 text-sm" data-option-cautions="">
          <summary className={`cursor-pointer font-medium text-brand-800 ${focusRing}`}>
            <CautionsLabel cautions={cautions} name={option.name} />
          </summary>
          <div className="mt-2">
            <CautionList cautions={cautions} withEvidence={false} />
          </div>
        </details>
      )}
      {!compact && milestones.length > 0 ? (
        <details className="mt-3 text-sm">
          <summary className={`cursor-pointer font-medium text-brand-800 ${focusRing}`}>
            More recovery notes from our sources ({milestones.length})
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
            {milestones.map((milestone) => (
              <li key={`${milestone.label}:${milestone.minDays}`}>
                {formatMilestone(milestone)}
                {milestone.maxDays > 0 ? ' after treatment' : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {actions ? <div className="mt-3 flex flex-wrap gap-2">{actions}</div> : null}
    </article>
  );
}

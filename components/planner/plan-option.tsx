import Link from 'next/link';
import type { ReactNode } from 'react';
import { CautionFlags, CautionsLabel } from '@/components/cautions/caution-list';
import { focusRing, titleLink } from '@/components/ui/styles';
import { cautionsFor } from '@/lib/cautions/for-procedure';
import { NOT_REPORTED, formatCost, formatResults } from '@/lib/procedures/figures/card-format';
import { CATEGORY_LABELS, INVASIVENESS_LABELS, RISK_LABELS, formatDayRange } from '@/lib/procedures/labels';
import type { ProcedureDetail } from '@/lib/procedures/catalog/view';
import type { RankedOption } from '@/lib/planner/types';
import { ReasonList } from './reason-list';
import { getSectionCopy } from './section-copy';
import { TimingBox } from './timing-box';

export type PlanOptionProps = {
  option: RankedOption;
  procedure: ProcedureDetail;
  eventDate: string | undefined;
  /**
   * Lower sections and ranks past the first few show only the name and the reasons, to keep the
   * page scannable; every option's cautions and recovery notes are one link away, on its page.
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
  // The date to show: one session's for a course whose one session can still be booked, else the whole treatment's.
  const session = option.oneSession && 'timing' in option.oneSession ? option.oneSession.timing : null;
  const shown =
    session && session.daysFromToday >= 0
      ? { timing: session, oneSession: true }
      : option.timing
        ? { timing: option.timing, oneSession: false }
        : null;
  const showTiming = Boolean(shown && shown.timing.daysFromToday >= 0 && eventDate);
  // The box says "have it done by …"; the matching reason line would only repeat it (a course's
  // line also says what the full course needs, so it stays). Compact options keep only the lines
  // that say what to check or what is missing: their "Treats …" passes are what put them here.
  const reasons = option.reasons.filter((reason) => {
    if (reason.outcome !== 'pass') return true;
    if (reason.constraint === 'timing') return Boolean(option.oneSession) || !showTiming;
    return !compact;
  });
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
        <h3 id={headingId} className={`min-w-0 font-semibold leading-snug ${compact ? 'text-base' : 'text-lg'}`}>
          <Link href={`/procedures/${option.slug}`} className={titleLink}>
            {option.name}
          </Link>
        </h3>
        <span className={`plan-badge ${copy.badgeTone}`}>{copy.badge}</span>
      </div>
      {showTiming && shown && eventDate ? (
        <TimingBox timing={shown.timing} eventDate={eventDate} oneSession={shown.oneSession} brief={compact} />
      ) : null}
      {compact ? null : (
        <>
          <p className="mt-1 text-sm text-slate-700">{`${CATEGORY_LABELS[procedure.category]} · ${INVASIVENESS_LABELS[procedure.invasiveness]}`}</p>
          <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
            <Fact label="Downtime" value={formatDayRange(procedure.recoveryDays)} />
            <Fact label="Cost" value={formatCost(procedure.cost)} />
            <Fact label="Risk" value={RISK_LABELS[procedure.riskLevel]} />
            <Fact label="Results last" value={formatResults(procedure.results)} />
          </dl>
        </>
      )}
      {reasons.length > 0 ? (
        <div className="mt-2">
          <ReasonList reasons={reasons} />
        </div>
      ) : null}
      <CautionFlags cautions={cautions} rest="on its page" short={compact} />
      {/* Every option repeating its caution list and recovery notes was most of /plan's weight, all of
          it in React's payload too; the full lists live on the procedure's page, one link away. */}
      <p className="mt-2 text-sm">
        <Link href={`/procedures/${option.slug}#right-for-me-heading`} className={`font-medium text-brand-800 ${focusRing}`}>
          <CautionsLabel cautions={cautions} name={option.name} /> on its page
        </Link>
      </p>
      {actions ? <div className="mt-3 flex flex-wrap gap-2">{actions}</div> : null}
    </article>
  );
}

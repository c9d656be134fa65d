import { formatShare, type Share, type SpecialtyStats } from '@/lib/procedures/figures/guide-stats';
import { focusRing } from '@/components/ui/styles';
import { INVASIVENESS_LABELS, RISK_LABELS, SPECIALTY_LABELS } from '@/lib/procedures/labels';
import { formatTypicalDays as days, formatTypicalMonths as months } from '@/lib/procedures/figures/card-format';

export type SpecialtyComparisonProps = { specialties: SpecialtyStats[] };

function ShareList<T extends string>({ shares, labels }: { shares: Share<T>[]; labels: Record<T, string> }) {
  return (
    <ul className="space-y-0.5">
      {shares.map((share) => (
        <li key={share.value}>
          {labels[share.value]}: <span className="font-semibold">{formatShare(share.share)}</span>{' '}
          <span className="text-slate-700">({share.count})</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The two specialties side by side, every figure computed from the catalog. Recovery rows say
 * how many entries report a recovery, since a median over a few entries is weak evidence.
 */
export function SpecialtyComparison({ specialties }: SpecialtyComparisonProps) {
  // Cell styles come from .guide-table (app/globals.css), not a class list on every cell.
  return (
    // Focusable and labelled so keyboard users can scroll it too if a narrow screen needs to.
    <div
      role="region"
      aria-label="Specialty comparison table"
      tabIndex={0}
      className={`overflow-x-auto rounded-lg border border-slate-200 bg-white ${focusRing}`}
    >
      <table className="guide-table w-full border-collapse">
        <caption className="px-3 pt-3 text-left text-sm text-slate-700">
          Computed from the procedures in our catalog, grouped by the specialty most associated with each.
        </caption>
        <thead>
          <tr>
            <td className="px-3 py-2" />
            {specialties.map((s) => (
              <th key={s.specialty} scope="col" className="px-3 py-2 text-left text-sm font-semibold text-slate-900">
                {SPECIALTY_LABELS[s.specialty]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Procedures in the catalog</th>
            {specialties.map((s) => (
              <td key={s.specialty} data-testid={`count-${s.specialty}`}>
                {s.count}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">
              Typical time off work
              <span className="block text-xs font-normal text-slate-700">
                Median of each procedure&apos;s longest time until back to work and social life
              </span>
            </th>
            {specialties.map((s) => (
              <td key={s.specialty}>
                <span className="font-semibold">{days(s.recovery.medianMaxDays)}</span>
                <span className="block text-xs text-slate-700">
                  {s.recovery.reported} of {s.count} report it
                </span>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">
              Back to work within a week
              <span className="block text-xs font-normal text-slate-700">Of the procedures that report a time off work</span>
            </th>
            {specialties.map((s) => (
              <td key={s.specialty}>
                {s.recovery.reported === 0 ? (
                  'Not reported'
                ) : (
                  <>
                    <span className="font-semibold">{formatShare(s.recovery.withinWeek / s.recovery.reported)}</span>{' '}
                    <span className="text-slate-700">
                      ({s.recovery.withinWeek} of {s.recovery.reported})
                    </span>
                  </>
                )}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">
              How long results last
              <span className="block text-xs font-normal text-slate-700">Median of each procedure&apos;s longest reported duration</span>
            </th>
            {specialties.map((s) => (
              <td key={s.specialty}>
                <span className="font-semibold">{months(s.results.medianMaxMonths)}</span>
                <span className="block text-xs text-slate-700">
                  {s.results.reported} of {s.count} report it
                  {s.results.longLasting > 0 ? `; ${s.results.longLasting} described as long-lasting` : ''}
                </span>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Invasiveness</th>
            {specialties.map((s) => (
              <td key={s.specialty}>
                <ShareList shares={s.invasiveness} labels={INVASIVENESS_LABELS} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Risk level</th>
            {specialties.map((s) => (
              <td key={s.specialty}>
                <ShareList shares={s.risk} labels={RISK_LABELS} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

import { formatShare, type SpecialtyStats } from '@/lib/procedures/figures/guide-stats';
import { RISK_LABELS, SPECIALTY_LABELS } from '@/lib/procedures/labels';
import { formatTypicalDays, formatTypicalMonths } from '@/lib/procedures/figures/card-format';

// The home page's answer, in its first screen: three lines that set the two specialties against
// each other, each computed from the catalog's own figures (lib/procedures/figures/guide-stats.ts).
// A specialty no entry reports a figure for says so, never zero.

function timeOff(s: SpecialtyStats): string {
  const days = s.recovery.medianMaxDays;
  if (days === null) return 'not reported';
  return days === 0 ? 'typically back the same day' : `typically up to ${formatTypicalDays(days)}`;
}

function lasting(s: SpecialtyStats): string {
  const months = s.results.medianMaxMonths;
  if (months === null) return s.results.longLasting > 0 ? 'long-lasting' : 'not reported';
  return `typically up to ${formatTypicalMonths(months)}`;
}

function risk(s: SpecialtyStats): string {
  const top = [...s.risk].sort((a, b) => b.count - a.count)[0];
  return top && top.count > 0 ? `${formatShare(top.share)} rated ${RISK_LABELS[top.value].toLowerCase()}` : 'not reported';
}

const LINES = [
  { label: 'Time off work', value: timeOff },
  { label: 'Results last', value: lasting },
  { label: 'Risk', value: risk },
] as const;

export function SpecialtyContrast({ specialties }: { specialties: SpecialtyStats[] }) {
  return (
    <dl className="contrast">
      {LINES.map((line) => (
        <div key={line.label}>
          <dt>{line.label}</dt>
          {specialties.map((s) => (
            <dd key={s.specialty}>
              <span>{`${SPECIALTY_LABELS[s.specialty]}: `}</span>
              {line.value(s)}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}

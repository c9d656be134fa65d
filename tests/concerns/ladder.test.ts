import { describe, expect, it } from 'vitest';
import { buildLadder, ladderItems } from '@/lib/concerns/ladder';
import { parseConcernSlug, toConcernHref, toConcernSlug } from '@/lib/concerns/concern-url';
import { describeRung, summarizeOptions } from '@/lib/concerns/summary';
import { CONCERNS } from '@/lib/procedures/constants';
import { makeCard } from '../procedures/ui-fixtures';

const months = (minMonths: number | null, maxMonths: number) => ({ minMonths, maxMonths, permanent: false, note: null });
const permanent = { minMonths: null, maxMonths: null, permanent: true, note: null };

describe('concern URLs', () => {
  it('maps every concern to a kebab-case slug and back, and nothing else', () => {
    for (const concern of CONCERNS) {
      expect(toConcernSlug(concern)).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(parseConcernSlug(toConcernSlug(concern))).toBe(concern);
    }
    expect(toConcernHref('volume_loss')).toBe('/concerns/volume-loss');
    expect(parseConcernSlug('volume_loss')).toBeNull();
    expect(parseConcernSlug('constructor')).toBeNull();
  });
});

describe('ladder', () => {
  it('orders by invasiveness, then downtime, with unreported downtime apart at the end of its rung', () => {
    const rungs = buildLadder([
      makeCard({ slug: 'facelift', name: 'Facelift', invasiveness: 'surgical', recoveryDays: { min: 14, max: 28 } }),
      makeCard({ slug: 'unknown', name: 'Unknown', invasiveness: 'minimally_invasive', recoveryDays: null }),
      makeCard({ slug: 'peel', name: 'Peel', invasiveness: 'minimally_invasive', recoveryDays: { min: 7, max: 14 } }),
      makeCard({ slug: 'botox', name: 'Botox', invasiveness: 'minimally_invasive', recoveryDays: { min: 0, max: 0 } }),
      makeCard({ slug: 'ipl', name: 'IPL', invasiveness: 'non_invasive', recoveryDays: { min: 0, max: 2 } }),
    ]);
    expect(rungs.map((rung) => rung.invasiveness)).toEqual(['non_invasive', 'minimally_invasive', 'surgical']);
    expect(ladderItems(rungs).map((item) => item.procedure.slug)).toEqual(['ipl', 'botox', 'peel', 'unknown', 'facelift']);
    expect(rungs[1]!.downtimeNotReported.map((item) => item.procedure.slug)).toEqual(['unknown']);
    expect(ladderItems(rungs)[0]!.costs.perVisit).toBeNull();
  });
});

describe('rung summary', () => {
  it('spans the sourced figures and says how many options report them', () => {
    const summary = summarizeOptions('surgical', [
      makeCard({ recoveryDays: { min: 7, max: 14 }, results: months(120, 180) }),
      makeCard({ recoveryDays: { min: 14, max: 21 }, results: permanent }),
      makeCard({ recoveryDays: null, results: null }),
    ]);
    expect(summary).toMatchObject({ count: 3, downtime: { reported: 2, minDays: 7, maxDays: 21 } });
    expect(describeRung(summary)).toBe(
      'Surgical (3 options): 7–21 days of downtime, results last 10–15 years, or long-lasting (downtime reported for 2 of 3; how long results last reported for 2 of 3).',
    );
  });

  it('says "same day", "up to" and "not reported" rather than guessing', () => {
    const sameDay = summarizeOptions('minimally_invasive', [makeCard({ recoveryDays: { min: 0, max: 0 }, results: months(null, 4) })]);
    expect(describeRung(sameDay)).toBe('Minimally invasive (1 option): back to normal the same day, results last up to 4 months.');
    const none = summarizeOptions('non_invasive', [makeCard({ recoveryDays: null, results: null })]);
    expect(describeRung(none)).toBe('Non-invasive (1 option): downtime not reported, how long results last not reported.');
  });
});

// @vitest-environment jsdom
import { SpecialtyContrast } from '@/components/guide/specialty-contrast';
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SpecialtyComparison } from '@/components/guide/specialty-comparison';
import { AtAGlance } from '@/components/procedures/detail/at-a-glance';
import { RiskLists } from '@/components/procedures/detail/risk-lists';
import { getGuideStats } from '@/lib/procedures/figures/guide-stats';
import type { ProcedureDetail } from '@/lib/procedures/catalog/view';
import { makeCard } from './ui-fixtures';

afterEach(cleanup);

describe('SpecialtyComparison', () => {
  it('shows computed figures and how many entries report a recovery', () => {
    const stats = getGuideStats([
      makeCard({ specialty: 'cosmetic_dermatology', recoveryDays: { min: 0, max: 2 } }),
      makeCard({ specialty: 'cosmetic_dermatology', recoveryDays: null }),
      makeCard({ specialty: 'plastic_surgery', recoveryDays: null, invasiveness: 'surgical' }),
    ]);
    render(<SpecialtyComparison specialties={stats.specialties} />);
    expect(screen.getByRole('columnheader', { name: 'Cosmetic dermatology' })).toBeInTheDocument();
    expect(screen.getByTestId('count-cosmetic_dermatology')).toHaveTextContent('2');
    expect(screen.getByText('1 of 2 report it', { selector: 'td > span' })).toBeInTheDocument();
    expect(screen.getByText('0 of 1 report it', { selector: 'td > span' })).toBeInTheDocument();
    // The contrast row: the one reported downtime (2 days) is within a week; none reported is not zero.
    const week = screen.getByRole('row', { name: /Back to work within a week/ });
    expect(week).toHaveTextContent('100% (1 of 1)');
    expect(week).toHaveTextContent('Not reported');
    expect(screen.getAllByText('Not reported').length).toBeGreaterThanOrEqual(2);
  });
});

function makeDetail(overrides: Partial<ProcedureDetail> = {}): ProcedureDetail {
  return {
    ...makeCard(),
    aliases: [],
    brands: [],
    anesthesia: ['topical', 'local'],
    durationMinutes: null,
    exerciseDays: null,
    finalResultDays: null,
    lookNormalDays: null,
    deepResurfacing: false,
    milestones: [],
    resultsVisibleDays: null,
    sessions: null,
    evidence: {},
    gaps: {},
    commonSideEffects: [{ text: 'Swelling', evidence: null, searched: 'searched in a test' }],
    seriousRisks: [{ text: 'Vascular occlusion', evidence: null, searched: 'searched in a test' }],
    concerns: ['thin_lips'],
    bodyAreas: ['lips'],
    providerType: 'A licensed clinician',
    trainingToLookFor: 'Board certification',
    fdaStatus: 'approved',
    fdaNote: null,
    sources: [],
    lastReviewed: '2026-11-25',
    ...overrides,
  };
}

describe('AtAGlance', () => {
  it('says "Not reported" for unknown sessions, duration and cost, with what was searched', () => {
    const searched = 'Searched ASPS and AAD pages for a session count';
    render(<AtAGlance procedure={makeDetail({ gaps: { sessions: searched } })} />);
    const value = (field: string) => document.querySelector(`[data-field="${field}"]`);
    expect(value('sessions')).toHaveTextContent('Not reported');
    expect(value('sessions')).toHaveTextContent(searched);
    expect(value('duration')).toHaveTextContent('Not reported');
    expect(value('cost')).toHaveTextContent('Not reported');
    expect(value('anesthesia')).toHaveTextContent('Numbing cream or local anesthesia');
  });

  it('calls a procedure with no sessions and no gap a single procedure', () => {
    render(<AtAGlance procedure={makeDetail()} />);
    expect(document.querySelector('[data-field="sessions"]')).toHaveTextContent('A single procedure');
  });

  it("opens each figure's quote and source from a marker, weaker evidence labelled", () => {
    const source = {
      id: 'clinic',
      title: 'Lip filler recovery',
      url: 'https://example.org/lips',
      publisher: 'Example Dermatology',
      kind: 'physician_practice' as const,
      year: 2024,
      accessed: '2026-11-30',
      copyOf: null,
      author: 'Dr. Example, board-certified dermatologist',
    };
    render(
      <AtAGlance
        procedure={makeDetail({
          recoveryDays: { min: 1, max: 2 },
          evidence: { downtime: { quote: 'back to work in a day or two', source } },
        })}
      />,
    );
    const marker = screen.getByText('Source (weaker evidence)').closest('details')!;
    expect(marker.closest('[data-field="recovery"]')).not.toBeNull();
    expect(marker).toHaveTextContent('“back to work in a day or two”');
    expect(marker).toHaveTextContent('Physician practice page (weaker evidence)');
    expect(marker).toHaveTextContent('by Dr. Example, board-certified dermatologist');
    expect(screen.getByRole('link', { name: 'Lip filler recovery' })).toHaveAttribute('href', 'https://example.org/lips');
  });
});

describe('RiskLists', () => {
  it('keeps common side effects and serious risks under separate headings', () => {
    const source = {
      id: 'fda',
      title: 'Label',
      url: 'https://example.org',
      publisher: 'FDA',
      kind: 'fda' as const,
      year: 2024,
      accessed: '2026-12-06',
      copyOf: null,
      author: null,
    };
    render(
      <RiskLists
        commonSideEffects={[{ text: 'Swelling', evidence: null, searched: 'searched the AAD page' }]}
        seriousRisks={[{ text: 'Vascular occlusion', evidence: { quote: 'can block a blood vessel', source }, searched: null }]}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Common side effects' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Serious risks' })).toBeInTheDocument();
    // Each item says where it comes from, or that no source could be quoted, and what was searched.
    expect(screen.getByText('“can block a blood vessel”')).toBeInTheDocument();
    expect(screen.getByText(/Source not quoted/)).toBeInTheDocument();
    expect(screen.getByText(/What we searched: searched the AAD page/)).toBeInTheDocument();
  });
});

describe('SpecialtyContrast', () => {
  it('sets the specialties against each other from the figures, and says "not reported" rather than zero', () => {
    const stats = getGuideStats([
      makeCard({ specialty: 'cosmetic_dermatology', recoveryDays: { min: 0, max: 0 }, riskLevel: 'low' }),
      makeCard({ specialty: 'plastic_surgery', recoveryDays: { min: 10, max: 14 }, riskLevel: 'high', results: null }),
    ]);
    render(<SpecialtyContrast specialties={stats.specialties} />);
    const line = (label: string) => screen.getByText(label, { selector: 'dt' }).parentElement!;
    expect(line('Time off work')).toHaveTextContent('Cosmetic dermatology: typically back the same day');
    expect(line('Time off work')).toHaveTextContent('Plastic surgery: typically up to 14 days');
    expect(line('Results last')).toHaveTextContent('Plastic surgery: not reported');
    expect(line('Risk')).toHaveTextContent('Cosmetic dermatology: 100% rated low risk');
    expect(line('Risk')).toHaveTextContent('Plastic surgery: 100% rated higher risk');
  });
});

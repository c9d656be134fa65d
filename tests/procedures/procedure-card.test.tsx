// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProcedureCard } from '@/components/procedures/procedure-card';
import { makeCard } from './ui-fixtures';

afterEach(cleanup);

function fact(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('ProcedureCard', () => {
  it('links the name to the detail page and shows category, invasiveness and specialty', () => {
    render(<ProcedureCard procedure={makeCard()} />);
    const link = screen.getByRole('link', { name: 'Lip filler' });
    expect(link).toHaveAttribute('href', '/procedures/lip-filler');
    expect(screen.getByRole('heading', { level: 3, name: 'Lip filler' })).toBeInTheDocument();
    expect(screen.getByText(/Dermal filler · Minimally invasive · Cosmetic dermatology/)).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Lip filler' })).toBeInTheDocument();
  });

  it('shows recovery, results, risk and cost with their units', () => {
    render(
      <ProcedureCard
        procedure={makeCard({
          cost: {
            lowUsd: null,
            highUsd: null,
            averageUsd: 3824,
            typicalUsd: 3824,
            per: 'per procedure',
            basis: 'surgeon_fee',
            unit: 'per_procedure',
            year: 2023,
            excludes: "Surgeon's fee only; excludes anesthesia",
            scope: null,
            source: { title: 'ASPS 2023 statistics', url: 'https://example.org' },
          },
        })}
      />,
    );
    expect(fact('Time off work')).toHaveTextContent('0–2 days');
    expect(fact('Results last')).toHaveTextContent('6–18 months');
    expect(fact('Risk level')).toHaveTextContent('Moderate risk');
    expect(fact('Cost')).toHaveTextContent('$3,824 average fee per procedure (ASPS 2023)');
    expect(fact('Cost')).toHaveTextContent("Surgeon's fee only; excludes anesthesia");
  });

  it('says "Not reported" for every unknown instead of hiding it', () => {
    render(<ProcedureCard procedure={makeCard({ recoveryDays: null, cost: null, results: null })} />);
    expect(fact('Time off work')).toHaveTextContent('Not reported');
    expect(fact('Cost')).toHaveTextContent('Not reported');
    expect(fact('Results last')).toHaveTextContent('Not reported');
  });

  it('says "Same day" and "Long-lasting" in words', () => {
    render(
      <ProcedureCard
        procedure={makeCard({
          recoveryDays: { min: 0, max: 0 },
          results: { minMonths: null, maxMonths: null, permanent: true, note: null },
        })}
      />,
    );
    expect(fact('Time off work')).toHaveTextContent('Same day');
    expect(fact('Results last')).toHaveTextContent('Long-lasting');
  });

  it('renders the actions slot for compare and bookmark controls, and nothing when empty', () => {
    const { rerender } = render(<ProcedureCard procedure={makeCard()} actions={<button type="button">Add to compare</button>} />);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('button', { name: 'Add to compare' })).toBeInTheDocument();
    rerender(<ProcedureCard procedure={makeCard()} headingLevel="h2" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
  });
});

// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FilterPanel } from '@/components/procedures/filter-panel';
import { makeCounts, makeParams } from './ui-fixtures';

const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

beforeEach(() => push.mockReset());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderPanel(params = makeParams(), counts = makeCounts()) {
  return render(<FilterPanel params={params} counts={counts} query="" total={counts.total} />);
}

describe('FilterPanel', () => {
  it('groups every control under a legend or label', () => {
    renderPanel();
    for (const legend of ['Ready in at most…', 'Specialty', 'Invasiveness', 'Category', 'Risk level', 'Concern', 'Body area']) {
      expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
    }
    expect(screen.getByRole('searchbox', { name: 'Search names, aliases and brands' })).toHaveAttribute('name', 'q');
    expect(screen.getByRole('spinbutton', { name: 'Maximum cost (USD)' })).toHaveAttribute('name', 'costMax');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('downtime');
    expect(screen.getByRole('button', { name: 'Apply filters' })).toHaveAttribute('type', 'submit');
  });

  it('is a plain GET form to /procedures, so it works without JavaScript', () => {
    const { container } = renderPanel();
    const form = container.querySelector('form');
    expect(form).toHaveAttribute('action', '/procedures');
    expect(form).toHaveAttribute('method', 'get');
  });

  it('shows how many procedures each choice would leave', () => {
    renderPanel();
    const recovery = screen.getByRole('group', { name: 'Ready in at most…' });
    expect(within(recovery).getByLabelText(/Within a weekend/)).toHaveAccessibleName(/Within a weekend.*\(11 procedures\)/);
    expect(within(recovery).getByLabelText(/Any recovery time/)).toHaveAccessibleName(/\(35 procedures\)/);
    expect(screen.getByLabelText(/^Surgical/)).toHaveAccessibleName(/\(12 procedures\)/);
    expect(screen.getByLabelText(/^Non-invasive/)).toHaveAccessibleName(/\(0 procedures\)/);
  });

  it('checks the inputs that match the URL', () => {
    renderPanel(makeParams({ downtimeDays: 2, category: ['surgery'], specialty: 'plastic_surgery', costMax: 5000 }));
    expect(screen.getByLabelText(/Within a weekend/)).toBeChecked();
    expect(screen.getByLabelText(/Any recovery time/)).not.toBeChecked();
    expect(screen.getByLabelText(/^Surgery/)).toBeChecked();
    expect(screen.getByLabelText(/^Plastic surgery/)).toBeChecked();
    expect(screen.getByRole('spinbutton', { name: 'Maximum cost (USD)' })).toHaveValue(5000);
  });

  it('with JavaScript, navigates to the canonical URL as soon as a choice changes', () => {
    renderPanel();
    fireEvent.click(screen.getByLabelText(/Within a weekend/));
    expect(push).toHaveBeenCalledWith('/procedures?downtimeDays=2', { scroll: false });
  });

  it('waits for a pause in typing before searching', () => {
    vi.useFakeTimers();
    renderPanel();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'botox' } });
    expect(push).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(500));
    expect(push).toHaveBeenCalledWith('/procedures?q=botox', { scroll: false });
  });

  it('applies on submit without a full page load', () => {
    renderPanel();
    const surgical = screen.getByLabelText(/^Surgical/) as HTMLInputElement;
    surgical.checked = true;
    fireEvent.submit(screen.getByRole('button', { name: 'Apply filters' }).closest('form') as HTMLFormElement);
    expect(push).toHaveBeenCalledWith('/procedures?invasiveness=surgical', { scroll: false });
  });

  it('announces the result count in a live region', () => {
    renderPanel(makeParams(), makeCounts({ total: 1 }));
    expect(screen.getByTestId('filter-announcer')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByTestId('filter-announcer')).toHaveTextContent('1 procedure matches these filters.');
  });
});

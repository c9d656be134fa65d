// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureDefinitions } from '@/components/about/figure-definitions';
import { PackProcedure } from '@/components/consultation/pack-procedure';
import { AtAGlance } from '@/components/procedures/detail/at-a-glance';
import { buildComparison } from '@/lib/compare/rows';
import { getCoverage } from '@/lib/procedures/figures/coverage';
import { FIGURE_REGISTRY, type FigureRecord } from '@/lib/procedures/figures/figure-registry';
import { toFigureMap } from '@/lib/procedures/figures/figure-view';
import { FIGURES } from '@/lib/procedures/figure-names';
import { makeProcedure, makeSource } from '../compare/fixtures';

// One record per figure: a figure added to the registry (here, in this test only) shows on the
// procedure page, in the compare table, in the consultation pack, in the API's figure map, in the
// coverage report and on /about/data, with its evidence, without touching any screen.

afterEach(cleanup);

const numbing: FigureRecord = {
  key: 'numbingTime',
  label: 'Numbing cream time',
  definition: 'Minutes the numbing cream is left on before the treatment.',
  unit: 'minutes',
  milestone: false,
  value: () => ({ min: 20, max: 30 }),
  format: () => '20–30 minutes',
  detail: { field: 'numbing-time' },
  compare: { id: 'numbing-time', group: 'glance', label: 'Numbing cream (minutes)' },
  pack: true,
  coverage: 'all',
};
const figures = [...FIGURE_REGISTRY, numbing];
const source = makeSource({ id: 'numbing-source', title: 'Numbing guide' });
const procedure = makeProcedure({
  sources: [source],
  evidence: { numbingTime: { quote: 'leave the cream on for 20 to 30 minutes', source } } as never,
});

describe('the figure registry', () => {
  it('holds every catalog figure once, in order', () => {
    expect(FIGURE_REGISTRY.map((record) => record.key)).toEqual([...FIGURES]);
  });

  it('shows a figure added in the registry on every screen, with its evidence', () => {
    const { container } = render(<AtAGlance procedure={procedure} figures={figures} />);
    const field = container.querySelector('[data-field="numbing-time"]');
    expect(field).toHaveTextContent('20–30 minutes');
    expect(field).toHaveTextContent('leave the cream on for 20 to 30 minutes');
    expect(screen.getByText('Numbing cream time')).toBeInTheDocument();
    cleanup();

    const row = buildComparison([procedure], figures)
      .groups.flatMap((group) => group.rows)
      .find((r) => r.id === 'numbing-time');
    expect(row?.cells[0]).toMatchObject({ text: '20–30 minutes', evidence: { quote: 'leave the cream on for 20 to 30 minutes' } });

    const pack = render(<PackProcedure procedure={procedure} questionsAnchor="q" figures={figures} />);
    expect(pack.container.querySelector('[data-field="numbingTime"]')).toHaveTextContent('20–30 minutes');
    cleanup();

    expect(toFigureMap(procedure, figures).numbingTime).toEqual({
      value: { min: 20, max: 30 },
      unit: 'minutes',
      evidence: { quote: 'leave the cream on for 20 to 30 minutes', source },
    });

    const coverage = getCoverage([procedure], {}, new Date('2026-12-06'), {}, figures);
    expect(coverage.lines.find((line) => line.row === 'numbingTime')).toMatchObject({
      label: 'Numbing cream time',
      reported: 1,
      applies: 1,
    });

    render(<FigureDefinitions figures={figures} />);
    expect(screen.getByText('Minutes the numbing cream is left on before the treatment.')).toBeInTheDocument();
  });

  it('leaves a figure off the screens its record does not name', () => {
    const apiOnly: FigureRecord = { ...numbing, detail: undefined, compare: undefined, pack: false, coverage: null };
    const { container } = render(<AtAGlance procedure={procedure} figures={[...FIGURE_REGISTRY, apiOnly]} />);
    expect(container.querySelector('[data-field="numbing-time"]')).toBeNull();
    const ids = buildComparison([procedure], [...FIGURE_REGISTRY, apiOnly]).groups.flatMap((g) => g.rows.map((r) => r.id));
    expect(ids).not.toContain('numbing-time');
    expect(toFigureMap(procedure, [...FIGURE_REGISTRY, apiOnly]).numbingTime).toMatchObject({ unit: 'minutes' });
  });
});

import type { ProcedureDetail } from '../procedures/catalog/view';
import { FIGURE_LABELS } from '../procedures/figure-names';
import { NOT_REPORTED, formatCost, formatResults } from '../procedures/figures/card-format';
import { CATEGORY_LABELS, INVASIVENESS_LABELS, RISK_LABELS, describeTimeOff, formatDayRange } from '../procedures/labels';

// The few figures a comparison is decided on, shown first on /compare: each as one value per
// procedure, in plain words, and one sentence per procedure that puts them together. The full
// table (every figure with its source) follows under "All details and sources".

export type KeyValue = { slug: string; name: string; text: string; reported: boolean };
export type KeyDifference = { id: string; label: string; values: KeyValue[]; differs: boolean };
export type KeySummary = { slug: string; name: string; sentence: string };

const KEY_FIGURES: readonly { id: string; label: string; value: (p: ProcedureDetail) => string }[] = [
  { id: 'downtime', label: FIGURE_LABELS.downtime, value: (p) => formatDayRange(p.recoveryDays) },
  { id: 'look-normal', label: FIGURE_LABELS.lookNormal, value: (p) => formatDayRange(p.lookNormalDays) },
  { id: 'results-last', label: FIGURE_LABELS.resultsLast, value: (p) => formatResults(p.results) },
  { id: 'cost', label: 'Cost (source, year)', value: (p) => formatCost(p.cost) },
  { id: 'risk', label: 'Risk level', value: (p) => RISK_LABELS[p.riskLevel] },
];

export function keyDifferences(procedures: readonly ProcedureDetail[]): KeyDifference[] {
  return KEY_FIGURES.map(({ id, label, value }) => {
    const values = procedures.map((p) => {
      const text = value(p);
      return { slug: p.slug, name: p.name, text, reported: text !== NOT_REPORTED };
    });
    return { id, label, values, differs: new Set(values.map((v) => v.text)).size > 1 };
  });
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "Facelift: surgical (facelift); 10–14 days off work, results last up to 10 years." Unknowns are named, never guessed. */
export function keySummary(p: ProcedureDetail): KeySummary {
  const results = formatResults(p.results);
  const off = describeTimeOff(p.recoveryDays) ?? 'time off work not reported';
  const lasts = results === NOT_REPORTED ? 'how long results last not reported' : `results last ${lower(results)}`;
  const invasiveness = lower(INVASIVENESS_LABELS[p.invasiveness]);
  const category = lower(CATEGORY_LABELS[p.category]);
  // "surgical (surgery)" says one thing twice.
  const kind = category.startsWith(invasiveness.slice(0, 4)) ? invasiveness : `${invasiveness} (${category})`;
  return { slug: p.slug, name: p.name, sentence: `${kind}; ${off}, ${lasts}, ${lower(RISK_LABELS[p.riskLevel])}.` };
}

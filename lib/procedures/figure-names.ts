// The figures a catalog entry reports, each defined once: its key (as in the catalog file, the
// evidence map and the API), its label in plain words, and what it means. Plain data, so the browser's planner
// code can name a figure; figure-registry.ts adds how each is read, worded and shown.

export const FIGURES = [
  'downtime',
  'lookNormal',
  'exercise',
  'finalResult',
  'resultsVisible',
  'resultsLast',
  'sessions',
  'sessionInterval',
  'cost',
  'duration',
] as const;
export type Figure = (typeof FIGURES)[number];

export const FIGURE_LABELS: Record<Figure, string> = {
  downtime: 'Time off work',
  exercise: 'Back to strenuous exercise',
  finalResult: 'Fully healed',
  lookNormal: 'Looks normal again',
  resultsVisible: 'Results show after',
  resultsLast: 'Results last',
  sessions: 'Sessions',
  sessionInterval: 'Time between sessions',
  cost: 'Cost',
  duration: 'Procedure time',
};

export const FIGURE_DEFINITIONS: Record<Figure, string> = {
  downtime:
    'Days until most people are back to work and normal social life. This is what "ready in at most…" filters on and what the planner compares with your days off.',
  exercise: 'Days until strenuous exercise is allowed again.',
  finalResult: 'Days until swelling has settled and the final result shows.',
  lookNormal:
    'Days until bruising, swelling, redness or peeling are mostly gone: when most people would be comfortable in photos or at an event. What the planner waits for when you want to look presentable.',
  resultsVisible: 'Days until the first results show.',
  resultsLast: 'How long the result lasts before it fades or needs repeating.',
  sessions: 'How many treatments a course takes (not later maintenance).',
  sessionInterval: 'Days between the sessions of a course.',
  cost: 'The fee a source reports, with its year, whose fee it is and what it is per.',
  duration: 'How long the procedure itself takes.',
};

/** The short definition shown beside the recovery filter and on every procedure page. */
export const DOWNTIME_DEFINITION = FIGURE_DEFINITIONS.downtime;

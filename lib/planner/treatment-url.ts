// /plan with these procedures as one treatment plan (the visitor then picks the date). Kept free
// of the plan schema so client components (the saved-list picker) can build it without zod; a
// test checks it matches the canonical query string the schema writes.

export function treatmentHref(slugs: readonly string[]): string {
  return `/plan?${[...slugs]
    .sort()
    .map((slug) => `treatment=${encodeURIComponent(slug)}`)
    .join('&')}`;
}

/** A treatment plan schedules this many procedures together (fewer is a single choice, more is a different conversation). */
export const MIN_TREATMENT = 2;
export const MAX_TREATMENT = 3;

/** A treatment plan schedules this many procedures together (fewer is a single choice, more is a different conversation). */
export const MIN_TREATMENT = 2;
export const MAX_TREATMENT = 3;

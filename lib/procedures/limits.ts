// Highest values a visitor may ask for, shared by the list filters and the planner. A ceiling set
// to its maximum must still let every reported figure through: the "left out because not
// reported" counts rely on it (lib/procedures/list/active-filters.ts, getCeilingProbes).

/** Ten years: longer than any recovery our sources give. */
export const RECOVERY_DAYS_MAX = 3650;

/** US dollars: above any fee our sources give. */
export const COST_USD_MAX = 10_000_000;

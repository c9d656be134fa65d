// Shared Tailwind class strings, so focus rings and link colours stay identical everywhere.
// Tailwind reads class names from source files, so these must stay plain string literals.

export const focusRing = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600';

// The darker ring of controls drawn on or beside brand-700 fills (toggles, compare actions).
export const focusRingDark = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700';

export const textLink = `font-medium text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-brand-700 ${focusRing}`;

export const primaryButton = `inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 ${focusRing}`;

export const secondaryButton = `inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100 ${focusRing}`;

// Shared Tailwind class strings, so focus rings and link colours stay identical everywhere.
// Tailwind reads class names from source files, so these must stay plain string literals.

// Component classes (app/globals.css): one short name instead of three long utilities, on
// elements repeated hundreds of times a page, in the HTML and again in React's payload.
export const focusRing = 'focus-ring';

// The darker ring of controls drawn on or beside brand-700 fills (toggles, compare actions).
export const focusRingDark = 'focus-ring-dark';

// Both carry the focus ring.
export const textLink = 'text-link';

// A procedure's name as the title of its card or option.
export const titleLink = 'title-link';

export const primaryButton = `inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 ${focusRing}`;

export const secondaryButton = `inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100 ${focusRing}`;

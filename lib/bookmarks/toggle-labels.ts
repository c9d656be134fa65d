// The bookmark toggle's visible word. The server renders "Save" (it never knows the visitor's
// state); the page's controller (bookmark-toggles.ts) switches it.
export const BOOKMARK_TOGGLE_LABELS = { saved: 'Saved', unsaved: 'Save' } as const;

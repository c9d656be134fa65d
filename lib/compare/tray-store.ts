import { createLocalStore } from '../browser/local-store';
import { MAX_COMPARE } from './url';

// The compare tray's state: the browser's one local store (lib/browser/local-store.ts), read by
// every button and the tray through useSyncExternalStore so they always agree, other tabs
// included. Client-only: nothing user-specific ends up in server-rendered, shareable HTML.

export type TrayItem = { slug: string; name: string };
export type AddResult = { ok: true } | { ok: false; reason: 'full' };

export const TRAY_STORAGE_KEY = 'procedure-compare:tray:v1';
const EMPTY: readonly TrayItem[] = Object.freeze([]);

function isTrayItem(value: unknown): value is TrayItem {
  if (typeof value !== 'object' || value === null) return false;
  const { slug, name } = value as Record<string, unknown>;
  return typeof slug === 'string' && /^[a-z0-9-]{1,80}$/.test(slug) && typeof name === 'string' && name.length <= 300;
}

/** Stored text → items; anything malformed (hand-edited, older format) is dropped, not trusted. */
export function parseTray(raw: string | null): readonly TrayItem[] {
  if (!raw) return EMPTY;
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return EMPTY;
    const seen = new Set<string>();
    const items = value.filter(isTrayItem).filter((item) => !seen.has(item.slug) && seen.add(item.slug));
    return items.slice(0, MAX_COMPARE).map(({ slug, name }) => ({ slug, name }));
  } catch {
    return EMPTY;
  }
}

const store = createLocalStore<readonly TrayItem[]>({
  key: TRAY_STORAGE_KEY,
  parse: parseTray,
  serialize: (items) => JSON.stringify(items),
});

/** The tray as a store, for useLocalStore. */
export const trayStore = store;
export const subscribeTray = store.subscribe;
export const getTraySnapshot = store.getSnapshot;
const write = store.set;

/** Whether the tray holds this procedure. */
export function inTray(items: readonly TrayItem[], slug: string): boolean {
  return items.some((item) => item.slug === slug);
}

export function addToTray(item: TrayItem): AddResult {
  const items = getTraySnapshot();
  if (inTray(items, item.slug)) return { ok: true };
  if (items.length >= MAX_COMPARE) return { ok: false, reason: 'full' };
  write([...items, { slug: item.slug, name: item.name }]);
  return { ok: true };
}

export function removeFromTray(slug: string): void {
  const items = getTraySnapshot();
  if (inTray(items, slug)) write(items.filter((item) => item.slug !== slug));
}

export function clearTray(): void {
  if (getTraySnapshot().length > 0) write(EMPTY);
}

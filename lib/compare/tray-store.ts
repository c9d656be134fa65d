import { MAX_COMPARE } from './limits';

// The compare tray's state: a tiny external store over localStorage, read by every button and
// the tray through useSyncExternalStore so they always agree. The `storage` event keeps other
// tabs in step. Client-only: the server snapshot is null ("not known yet"), so nothing
// user-specific ends up in server-rendered, shareable HTML.

export type TrayItem = { slug: string; name: string };
export type AddResult = { ok: true } | { ok: false; reason: 'full' };

export const TRAY_STORAGE_KEY = 'procedure-compare:tray:v1';
const EMPTY: readonly TrayItem[] = Object.freeze([]);

const listeners = new Set<() => void>();
// Used when localStorage is unavailable (blocked, private mode, quota): the tray still works for
// this page's lifetime instead of silently dropping choices.
let memoryRaw: string | null = null;
let storageWorks = true;
let cachedRaw: string | null | undefined;
let cachedItems: readonly TrayItem[] = EMPTY;

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

function readRaw(): string | null {
  if (storageWorks) {
    try {
      return window.localStorage.getItem(TRAY_STORAGE_KEY);
    } catch {
      storageWorks = false;
    }
  }
  return memoryRaw;
}

function write(items: readonly TrayItem[]): void {
  const raw = JSON.stringify(items);
  memoryRaw = raw;
  if (storageWorks) {
    try {
      window.localStorage.setItem(TRAY_STORAGE_KEY, raw);
    } catch {
      storageWorks = false;
    }
  }
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent): void {
  // key === null means another tab cleared all storage.
  if (event.key === TRAY_STORAGE_KEY || event.key === null) for (const listener of listeners) listener();
}

export function subscribeTray(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** Same array back while the stored text is unchanged, as useSyncExternalStore requires. */
export function getTraySnapshot(): readonly TrayItem[] {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedItems = parseTray(raw);
  }
  return cachedItems;
}

export function getTrayServerSnapshot(): null {
  return null;
}

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

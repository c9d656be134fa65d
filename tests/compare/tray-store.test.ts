// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  TRAY_STORAGE_KEY,
  addToTray,
  clearTray,
  getTraySnapshot,
  parseTray,
  removeFromTray,
  subscribeTray,
} from '@/lib/compare/tray-store';
import { describeTrayChange } from '@/lib/compare/tray-announce';

const item = (slug: string) => ({ slug, name: `Name of ${slug}` });

afterEach(() => window.localStorage.clear());

describe('compare tray store', () => {
  it('adds, keeps order, ignores repeats and refuses a fifth item', () => {
    for (const slug of ['a', 'b', 'c', 'd']) expect(addToTray(item(slug))).toEqual({ ok: true });
    expect(addToTray(item('b'))).toEqual({ ok: true });
    expect(addToTray(item('e'))).toEqual({ ok: false, reason: 'full' });
    expect(getTraySnapshot().map((entry) => entry.slug)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('persists to localStorage, removes and clears', () => {
    addToTray(item('a'));
    addToTray(item('b'));
    expect(JSON.parse(window.localStorage.getItem(TRAY_STORAGE_KEY) ?? '[]')).toEqual([item('a'), item('b')]);
    removeFromTray('a');
    expect(getTraySnapshot()).toEqual([item('b')]);
    clearTray();
    expect(getTraySnapshot()).toEqual([]);
  });

  it('returns the same snapshot while nothing changed (useSyncExternalStore needs this)', () => {
    addToTray(item('a'));
    expect(getTraySnapshot()).toBe(getTraySnapshot());
  });

  it('tells subscribers about its own writes and about other tabs', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeTray(listener);
    addToTray(item('a'));
    expect(listener).toHaveBeenCalledTimes(1);
    window.localStorage.setItem(TRAY_STORAGE_KEY, JSON.stringify([item('z')]));
    window.dispatchEvent(new StorageEvent('storage', { key: TRAY_STORAGE_KEY }));
    expect(listener).toHaveBeenCalledTimes(2);
    expect(getTraySnapshot()).toEqual([item('z')]);
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('drops malformed or hostile stored data instead of trusting it', () => {
    expect(parseTray('not json')).toEqual([]);
    expect(parseTray('{"slug":"a"}')).toEqual([]);
    expect(parseTray(JSON.stringify([item('a'), item('a'), { slug: '<script>', name: 'x' }, { slug: 'b' }, 7]))).toEqual([item('a')]);
    expect(parseTray(JSON.stringify(['a', 'b', 'c', 'd', 'e', 'f'].map(item)))).toHaveLength(4);
  });

  it('keeps working in memory when storage is unavailable', async () => {
    vi.resetModules();
    const store = await import('@/lib/compare/tray-store');
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(store.addToTray(item('a'))).toEqual({ ok: true });
    expect(store.getTraySnapshot()).toEqual([item('a')]);
    spy.mockRestore();
  });
});

describe('tray announcements', () => {
  it('says what changed and how many are chosen', () => {
    expect(describeTrayChange([], [item('a')])).toBe('Added Name of a to compare. 1 of 4 chosen.');
    expect(describeTrayChange([item('a'), item('b')], [item('b')])).toBe('Removed Name of a from compare. 1 of 4 chosen.');
    expect(describeTrayChange([item('a')], [])).toBe('Removed Name of a from compare. Compare tray is empty.');
    expect(describeTrayChange([item('a'), item('b')], [])).toBe('Compare tray cleared.');
    expect(describeTrayChange([item('a')], [item('a')])).toBe('');
  });
});

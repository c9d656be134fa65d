import { describe, expect, it } from 'vitest';
import { addBookmark, setSaved, toggleBookmark } from '@/lib/bookmarks/store';
import { countRows, newVisitor } from './helpers';

// Double clicks and parallel tabs: many requests for the same visitor and procedure at once.

describe('bookmarks under concurrency', () => {
  it('50 parallel adds of the same pair leave exactly one row, and all report success', async () => {
    const me = newVisitor();
    const results = await Promise.all(Array.from({ length: 50 }, () => addBookmark(me.id, 'botox')));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.filter((result) => result.ok && result.created)).toHaveLength(1);
    expect(await countRows(me.id, 'botox')).toBe(1);
  });

  it('50 parallel toggles behave like 50 toggles in a row: consistent rows and reports', async () => {
    const me = newVisitor();
    const completed: boolean[] = [];
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        toggleBookmark(me.id, 'lip-filler').then((result) => {
          if (!result.ok) throw new Error(result.error);
          completed.push(result.saved);
          return result.saved;
        }),
      ),
    );
    const rows = await countRows(me.id, 'lip-filler');
    expect(rows === 0 || rows === 1).toBe(true);
    // Serialized: reports alternate, so half said "saved" and the final state is an even number
    // of flips from empty: no row, matching the last report.
    expect(results.filter(Boolean)).toHaveLength(25);
    expect(rows).toBe(0);
    expect(completed.at(-1)).toBe(rows === 1);
  });

  it('an odd number of parallel toggles ends saved, matching the last report', async () => {
    const me = newVisitor();
    const completed: boolean[] = [];
    await Promise.all(
      Array.from({ length: 7 }, () =>
        toggleBookmark(me.id, 'botox').then((result) => void (result.ok && completed.push(result.saved))),
      ),
    );
    expect(await countRows(me.id, 'botox')).toBe(1);
    expect(completed.at(-1)).toBe(true);
  });

  it('parallel save and remove requests settle on 0 or 1 row, never an error', async () => {
    const me = newVisitor();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => setSaved(me.id, 'facelift', i % 2 === 0)),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect([0, 1]).toContain(await countRows(me.id, 'facelift'));
  });

  it('toggles racing plain saves never fail on the unique constraint', async () => {
    const me = newVisitor();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? toggleBookmark(me.id, 'cheek-filler') : addBookmark(me.id, 'cheek-filler'))),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect([0, 1]).toContain(await countRows(me.id, 'cheek-filler'));
  });
});

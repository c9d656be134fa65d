import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { saveOrRemove, updateNote } from '@/lib/bookmarks/server/commands';
import { addBookmark, setNote, setSaved } from '@/lib/bookmarks/server/store';
import { countRows, newVisitor } from './helpers';
import { untilFreshWindow } from '../support/rate-limit-window';

// Double clicks and parallel tabs: many requests for the same visitor and procedure at once.

describe('bookmarks under concurrency', () => {
  it('50 parallel adds of the same pair leave exactly one row, and all report success', async () => {
    const me = newVisitor();
    const results = await Promise.all(Array.from({ length: 50 }, () => addBookmark(me.id, 'botox')));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.filter((result) => result.ok && result.created)).toHaveLength(1);
    expect(await countRows(me.id, 'botox')).toBe(1);
  });

  it('50 parallel saves through setSaved leave exactly one row, and all report saved', async () => {
    const me = newVisitor();
    const results = await Promise.all(Array.from({ length: 50 }, () => setSaved(me.id, 'lip-filler', true)));
    expect(results.every((result) => result.ok && result.saved && result.removed === null)).toBe(true);
    expect(await countRows(me.id, 'lip-filler')).toBe(1);
  });

  it('parallel removals of one saved pair hand its note back exactly once', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    await setNote(me.id, 'botox', 'keep me');
    const results = await Promise.all(Array.from({ length: 7 }, () => setSaved(me.id, 'botox', false)));
    expect(results.every((result) => result.ok && !result.saved)).toBe(true);
    const handedBack = results.flatMap((result) => (result.ok && result.removed ? [result.removed] : []));
    expect(handedBack).toHaveLength(1);
    expect(handedBack[0]).toMatchObject({ slug: 'botox', note: 'keep me' });
    expect(await countRows(me.id, 'botox')).toBe(0);
  });

  it('parallel save and remove requests settle on 0 or 1 row, never an error', async () => {
    const me = newVisitor();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => setSaved(me.id, 'facelift', i % 2 === 0)));
    expect(results.every((result) => result.ok)).toBe(true);
    expect([0, 1]).toContain(await countRows(me.id, 'facelift'));
  });

  it('setSaved racing plain saves never fails on the unique constraint', async () => {
    const me = newVisitor();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? setSaved(me.id, 'cheek-filler', true) : addBookmark(me.id, 'cheek-filler'))),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await countRows(me.id, 'cheek-filler')).toBe(1);
  });
});

describe('20 visitors × 50 parallel writes, all 1000 at once', () => {
  // Every op has a deterministic outcome whatever the order: explicit saves and removals and
  // note writes each touch their own (visitor, procedure) pair, and each repeated pair gets 11
  // identical "saved or not" requests. So the final rows are known exactly, and any lost update,
  // duplicate or failed op shows.
  //
  // Saves, removals and notes go through the commands with the real 60-a-minute policy (28
  // writes per visitor fit in it). The 22 repeated requests per visitor call the store's setSaved
  // directly, below the limiter, so the counts stay within the policy.
  it('end in exactly the expected rows, notes and rate-limit counts', async () => {
    // Keep the burst inside one rate-limit window so the counts can be checked.
    await untilFreshWindow(45_000);
    const db = await getDb();
    const catalog = (await db.procedure.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } })).map((row) => row.slug);
    expect(catalog.length).toBeGreaterThanOrEqual(30);

    type Op = () => Promise<{ ok: boolean }>;
    const ops: Op[] = [];
    const expected = new Map<string, Map<string, string | null>>();
    const repeatReports = new Map<string, { reports: { saved: boolean; removed: boolean }[]; saved: boolean }>();
    const visitors = Array.from({ length: 20 }, () => newVisitor());

    for (const [v, visitor] of visitors.entries()) {
      // Rotate the catalog per visitor so every procedure is written by many visitors at once.
      const slugs = [...catalog.slice(v), ...catalog.slice(0, v)].slice(0, 30);
      const toSave = slugs.slice(0, 12);
      const toRemove = slugs.slice(12, 20);
      const toNote = slugs.slice(20, 28);
      const [toggledOn, toggledOff] = [slugs[28]!, slugs[29]!];
      for (const slug of [...toRemove, ...toNote, toggledOff]) {
        await addBookmark(visitor.id, slug);
        await setNote(visitor.id, slug, `before ${v}`);
      }

      const mine = new Map<string, string | null>();
      for (const slug of toSave) {
        ops.push(() => saveOrRemove(visitor.id, { slug, saved: true }));
        mine.set(slug, null);
      }
      for (const slug of toRemove) ops.push(() => saveOrRemove(visitor.id, { slug, saved: false }));
      for (const slug of toNote) {
        const note = `visitor ${v} on ${slug}: ask about recovery ✓`;
        ops.push(() => updateNote(visitor.id, { slug, note }));
        mine.set(slug, note);
      }
      for (const slug of [toggledOn, toggledOff]) {
        const reports: { saved: boolean; removed: boolean }[] = [];
        const saved = slug === toggledOn;
        repeatReports.set(`${v}:${slug}`, { reports, saved });
        for (let i = 0; i < 11; i += 1) {
          ops.push(async () => {
            const result = await setSaved(visitor.id, slug, saved);
            if (result.ok) reports.push({ saved: result.saved, removed: result.removed !== null });
            return result;
          });
        }
      }
      mine.set(toggledOn, null); // 11 saves from absent: saved, with no note
      expected.set(visitor.id, mine); // toggledOff: 11 removals from saved: gone
    }
    expect(ops).toHaveLength(1000);

    // Interleave the visitors' ops (a fixed shuffle), then start all 1000 together.
    const order = ops.map((op, i) => ({ op, key: (i * 7919) % 1000 })).sort((a, b) => a.key - b.key);
    const results = await Promise.all(order.map(({ op }) => op()));
    expect(results.filter((result) => !result.ok)).toEqual([]);

    for (const visitor of visitors) {
      const rows = await db.bookmark.findMany({
        where: { visitorId: visitor.id },
        select: { note: true, procedure: { select: { slug: true } } },
      });
      const actual = new Map(rows.map((row) => [row.procedure.slug, row.note]));
      expect(rows).toHaveLength(actual.size); // no duplicate (visitor, procedure) rows
      expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected.get(visitor.id)!));
      const limiter = await db.rateLimit.findUnique({ where: { key: `bookmarks:${visitor.id}` } });
      expect(limiter?.count).toBe(28); // every command counted once: no lost counter update
    }
    expect(await db.bookmark.count({ where: { visitorId: { in: visitors.map((v) => v.id) } } })).toBe(20 * 21);
    // Every repeat reports the state asked for; the removed row (and its note) is handed back once.
    for (const [key, { reports, saved }] of repeatReports) {
      expect(reports, key).toHaveLength(11);
      expect(
        reports.every((report) => report.saved === saved),
        key,
      ).toBe(true);
      expect(reports.filter((report) => report.removed).length, key).toBe(saved ? 0 : 1);
    }
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '@/lib/db/client';
import { pgliteFsyncParams } from '@/lib/db/pglite-fsync';

// PGLITE_FSYNC=on must really reach the disk: PGlite's own file system turns Postgres' fsync
// into a no-op, so the test watches the process's real fsync calls while a commit is made.

const folders: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** fsync calls made while one transaction commits, and what Postgres says fsync is. */
async function commitOnce(fsync: boolean): Promise<{ syncs: number; setting: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-fsync-'));
  folders.push(dir);
  const db = await openDatabase({ kind: 'pglite', dataDir: dir }, { fsync });
  try {
    await db.prisma.$executeRawUnsafe('CREATE TABLE saved (slug text PRIMARY KEY)');
    const syncs = vi.spyOn(fs, 'fsyncSync');
    await db.prisma.$executeRawUnsafe("INSERT INTO saved VALUES ('botox')");
    const count = syncs.mock.calls.length;
    syncs.mockRestore();
    const [row] = await db.prisma.$queryRawUnsafe<{ fsync: string }[]>('SHOW fsync');
    return { syncs: count, setting: row!.fsync };
  } finally {
    await db.close();
  }
}

describe('PGLITE_FSYNC', () => {
  it('off (the default): Postgres runs with fsync off and a commit syncs nothing', async () => {
    expect(await commitOnce(false)).toEqual({ syncs: 0, setting: 'off' });
  });

  it('on: a commit is synced to the real file before it is acknowledged', async () => {
    const { syncs, setting } = await commitOnce(true);
    expect(setting).toBe('on');
    expect(syncs).toBeGreaterThanOrEqual(1);
  });

  it('builds on PGlite’s own start parameters, replacing only its fsync switch', () => {
    const params = pgliteFsyncParams(PGlite.defaultStartParams, true);
    expect(params).not.toContain('-F');
    expect(params.join(' ')).toContain('wal_sync_method=fsync');
    expect(pgliteFsyncParams(PGlite.defaultStartParams, false)).toEqual(PGlite.defaultStartParams);
  });
});

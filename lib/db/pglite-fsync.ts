import fs from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';

// PGLITE_FSYNC=on: commits that survive a power loss, not only a crash of the process.
// PGlite starts Postgres with -F (fsync off). Turning it on is not enough by itself: PGlite's
// file system for Node (Emscripten's NODEFS) has no fsync, so every fsync Postgres makes is a
// no-op, and fdatasync (Postgres' default for the write-ahead log on Linux) is one in any case.
// So the log is synced with fsync (wal_sync_method=fsync), and NODEFS is given an fsync that
// syncs the real file. Checked against @electric-sql/pglite 0.5.14 (tests/lib/version-fences.test.ts);
// tests/db/pglite-fsync.test.ts sees a commit reach the disk.

/** Postgres start parameters for PGlite: PGlite's own, with fsync on when asked. */
export function pgliteFsyncParams(defaults: readonly string[], fsync: boolean): string[] {
  if (!fsync) return [...defaults];
  return [...defaults.filter((param) => param !== '-F'), '-c', 'fsync=on', '-c', 'wal_sync_method=fsync'];
}

type NodeStream = { nfd?: number };
type StreamOps = { fsync?: (stream: NodeStream) => number };
type EmscriptenFs = { filesystems?: { NODEFS?: { stream_ops?: StreamOps } } };

/** Makes the fsync calls of the Postgres inside `pglite` sync the real files. */
export function syncRealFiles(pglite: PGlite): void {
  const ops = (pglite.Module as unknown as { FS?: EmscriptenFs }).FS?.filesystems?.NODEFS?.stream_ops;
  if (!ops) throw new Error('PGLITE_FSYNC=on: this PGlite version has no NODEFS to sync through; see lib/db/pglite-fsync.ts.');
  ops.fsync = (stream) => {
    if (stream.nfd !== undefined) fs.fsyncSync(stream.nfd);
    return 0;
  };
}

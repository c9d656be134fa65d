import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, importsOf, sourceFiles } from '../support/import-graph';

// The rooms of lib/ stay layered: every import between rooms points down, so no room imports
// itself back through others (a cycle means none of its rooms can be read or changed alone).
// A room is a folder (lib/procedures/list is one, lib/procedures another); a top-level file such
// as lib/db.ts counts as its own room.

const LIB = path.join(ROOT, 'lib');

function room(file: string): string {
  const parts = path.relative(LIB, file).split(path.sep);
  return parts.length > 1 ? parts.slice(0, -1).join('/') : parts[0]!.replace(/\.(ts|tsx|mjs)$/, '');
}

function roomEdges(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles('lib')) {
    for (const target of importsOf(file)) {
      if (!('file' in target) || !target.file.startsWith(LIB + path.sep)) continue;
      const [from, to] = [room(file), room(target.file)];
      if (from === to || to.startsWith('generated')) continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/** Each cycle found by a depth-first walk, as the rooms along it. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    trail.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...trail.slice(trail.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('the import graph of lib/', () => {
  it('reads the edges it should (the reader sees imports, subfolders are rooms)', () => {
    const edges = roomEdges();
    expect(edges.get('planner')?.has('procedures/catalog')).toBe(true);
    expect(edges.get('procedures/list')?.has('procedures/catalog')).toBe(true);
    expect(edges.get('db')?.has('config')).toBe(true);
  });

  it('finds a cycle when there is one', () => {
    const looped = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycles(looped)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no cycle between rooms: every arrow points down', () => {
    expect(cycles(roomEdges()).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });
});

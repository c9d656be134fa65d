import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, importsOf, sourceFiles } from '../support/import-graph';

// The rooms of lib/ stay layered: no two folders import each other (a two-way pair means neither
// can be understood or changed alone). A top-level file such as lib/db.ts counts as its own room.

function room(file: string): string {
  const [top = ''] = path.relative(path.join(ROOT, 'lib'), file).split(path.sep);
  return top.replace(/\.(ts|tsx|mjs)$/, '');
}

function roomEdges(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles('lib')) {
    for (const target of importsOf(file)) {
      if (!('file' in target) || !target.file.startsWith(path.join(ROOT, 'lib') + path.sep)) continue;
      const [from, to] = [room(file), room(target.file)];
      if (from === to || to === 'generated') continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

describe('the import graph of lib/', () => {
  it('reads the edges it should (a sanity check that the reader sees imports)', () => {
    const edges = roomEdges();
    expect(edges.get('planner')?.has('procedures')).toBe(true);
    expect(edges.get('db')?.has('config')).toBe(true);
  });

  it('has no two folders that import each other', () => {
    const edges = roomEdges();
    const twoWay = [...edges].flatMap(([from, targets]) =>
      [...targets].filter((to) => from < to && edges.get(to)?.has(from)).map((to) => `${from} <-> ${to}`),
    );
    expect(twoWay).toEqual([]);
  });
});

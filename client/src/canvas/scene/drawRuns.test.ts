import { describe, expect, it } from 'vitest';
import type { Item } from '@cocreate/shared';
import { drawRuns } from './drawRuns.js';
import { testNote } from '../../testing/testNote.js';

const note = (id: string): Item => testNote({ id, index: id });
const frame = (id: string): Item => ({
  id,
  type: 'frame',
  boardId: 'b',
  x: 0,
  y: 0,
  width: 800,
  height: 600,
  index: id,
  title: '',
  fill: '#ffffff',
});

const connector = (id: string): Item => ({
  id,
  type: 'connector',
  boardId: 'b',
  x: 0,
  y: 0,
  width: 100,
  height: 100,
  index: id,
  points: [0, 0, 100, 100],
  fromId: null,
  toId: null,
  stroke: '#495057',
  arrow: 'end',
});

describe('drawRuns', () => {
  const shape = (runs: ReturnType<typeof drawRuns>) => runs.map((r) => ('kind' in r ? [r.kind, r.items.map((n) => n.id)] : r.id));

  it('gathers consecutive notes, connectors and strokes small on screen into runs, keeping the order around other items', () => {
    const items = [frame('f'), note('a'), connector('x'), note('b'), frame('g'), note('c')];
    expect(shape(drawRuns(items, 'low'))).toEqual(['f', ['small', ['a', 'x', 'b']], 'g', ['small', ['c']]]);
  });

  it('gathers consecutive notes drawn in full, leaving connectors and every other item on its own', () => {
    const items = [note('a'), note('b'), connector('x'), note('c'), frame('f'), note('d'), note('e')];
    expect(shape(drawRuns(items, 'full'))).toEqual([['notes', ['a', 'b']], 'x', ['notes', ['c']], 'f', ['notes', ['d', 'e']]]);
  });
});

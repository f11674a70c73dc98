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
  it('gathers consecutive notes, connectors and strokes into runs, keeping the order around other items', () => {
    const items = [frame('f'), note('a'), connector('x'), note('b'), frame('g'), note('c')];
    const runs = drawRuns(items, true).map((r) => (Array.isArray(r) ? r.map((n) => n.id) : (r as Item).id));
    expect(runs).toEqual(['f', ['a', 'x', 'b'], 'g', ['c']]);
  });

  it('leaves every item on its own when notes are drawn in full', () => {
    const items = [note('a'), note('b')];
    expect(drawRuns(items, false)).toEqual(items);
  });
});

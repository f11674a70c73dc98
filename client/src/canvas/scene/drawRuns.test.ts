import { describe, expect, it } from 'vitest';
import type { Item } from '@cocreate/shared';
import { drawRuns } from './drawRuns.js';

const note = (id: string): Item => ({
  id,
  type: 'note',
  boardId: 'b',
  x: 0,
  y: 0,
  width: 200,
  height: 200,
  index: id,
  text: '',
  color: 'yellow',
});
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

describe('drawRuns', () => {
  it('gathers consecutive notes into runs, keeping the order around other items', () => {
    const items = [frame('f'), note('a'), note('b'), frame('g'), note('c')];
    const runs = drawRuns(items, true).map((r) => (Array.isArray(r) ? r.map((n) => n.id) : (r as Item).id));
    expect(runs).toEqual(['f', ['a', 'b'], 'g', ['c']]);
  });

  it('leaves every item on its own when notes are drawn in full', () => {
    const items = [note('a'), note('b')];
    expect(drawRuns(items, false)).toEqual(items);
  });
});

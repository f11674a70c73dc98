import { describe, expect, it } from 'vitest';
import type { Connector, Item } from '@cocreate/shared';
import { testNote } from '../../testing/testNote.js';
import { CONNECTOR_HEAD } from '../items/style.js';
import { paintsSame, smallItemsBounds } from './paintSmallItems.js';

const a = testNote({ id: 'a', x: 0, y: 0, width: 200, height: 200 });
const b = testNote({ id: 'b', x: 400, y: 100, width: 200, height: 200 });
const link: Connector = {
  id: 'l',
  type: 'connector',
  boardId: a.boardId,
  x: 0,
  y: 0,
  width: 1,
  height: 1,
  index: 'l',
  points: [0, 0, 0, 0],
  fromId: 'a',
  toId: 'b',
  stroke: '#495057',
  arrow: 'end',
};
const lookupOf = (...items: Item[]) => {
  const byId = new Map(items.map((i) => [i.id, i]));
  return (id: string) => byId.get(id);
};

describe('paintsSame', () => {
  const lookup = lookupOf(a, b);

  it('holds for the same items, and for a note with another text (not drawn small)', () => {
    expect(paintsSame([a, b], lookup, [a, b], lookup)).toBe(true);
    expect(paintsSame([a, b], lookup, [a, { ...b, text: 'new' }], lookup)).toBe(true);
  });

  it('fails for another colour, place or size, another order, or an item more', () => {
    expect(paintsSame([a, b], lookup, [a, { ...b, color: 'blue' }], lookup)).toBe(false);
    expect(paintsSame([a, b], lookup, [a, { ...b, x: b.x + 1 }], lookup)).toBe(false);
    expect(paintsSame([a, b], lookup, [a, { ...b, height: 300 }], lookup)).toBe(false);
    expect(paintsSame([a, b], lookup, [b, a], lookup)).toBe(false);
    expect(paintsSame([a], lookup, [a, b], lookup)).toBe(false);
  });

  it('fails for a connector whose end moved, even when that note is in another run', () => {
    const moved = lookupOf(a, { ...b, y: b.y + 50 });
    const retexted = lookupOf(a, { ...b, text: 'new' });
    expect(paintsSame([link], lookup, [link], retexted)).toBe(true);
    expect(paintsSame([link], lookup, [link], moved)).toBe(false);
  });
});

describe('smallItemsBounds', () => {
  it('covers the notes, and a connector between them with room for its head', () => {
    expect(smallItemsBounds([a, b], lookupOf(a, b))).toEqual({ x: 0, y: 0, width: 600, height: 300 });
    const bounds = smallItemsBounds([link], lookupOf(a, b))!;
    // From a's right edge to b's left edge, around the line between the centres.
    expect(bounds.x).toBe(200 - CONNECTOR_HEAD);
    expect(bounds.x + bounds.width).toBe(400 + CONNECTOR_HEAD);
  });

  it('is null for an empty run', () => {
    expect(smallItemsBounds([], () => undefined)).toBeNull();
  });
});

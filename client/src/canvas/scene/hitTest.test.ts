import { describe, expect, it } from 'vitest';
import type { Connector, Frame, Item, Note, Stroke } from '@cocreate/shared';
import { compareDrawOrder, distanceToSegment, hitsItem, itemsInMarquee, topmostAt } from './hitTest.js';
import { SceneIndex } from './sceneIndex.js';
import { changedIds, withChanges } from '../../store/itemChanges.js';
import { testNote } from '../../testing/testNote.js';

const note = (id: string, x: number, y: number, index: string): Note => testNote({ id, x, y, index });
const frame: Frame = {
  id: 'f',
  type: 'frame',
  boardId: 'b',
  x: 0,
  y: 0,
  width: 1000,
  height: 800,
  index: 'a0',
  title: 'F',
  fill: '#ffffff',
};
const items = new Map<string, Item>([
  ['f', frame],
  ['n1', note('n1', 100, 100, 'a1')],
  ['n2', note('n2', 200, 200, 'a2')],
  ['n3', note('n3', 2000, 100, 'a3')],
]);
const lookup = (id: string) => items.get(id);

describe('hit testing', () => {
  it('measures the distance to a segment, clamped to its ends', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(distanceToSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5);
  });

  it('picks the topmost item under the point', () => {
    const all = [...items.values()];
    expect(topmostAt(all, { x: 250, y: 250 }, 4, lookup)?.id).toBe('n2');
    expect(topmostAt(all, { x: 150, y: 150 }, 4, lookup)?.id).toBe('n1');
  });

  it('hits a frame by its title band and border, not its empty inside', () => {
    expect(hitsItem(frame, { x: 500, y: -20 }, 4, lookup)).toBe(true);
    expect(hitsItem(frame, { x: 2, y: 400 }, 4, lookup)).toBe(true);
    expect(hitsItem(frame, { x: 600, y: 600 }, 4, lookup)).toBe(false);
    expect(topmostAt([...items.values()], { x: 600, y: 600 }, 4, lookup)).toBeNull();
  });

  it('hits connectors between their attached items, and strokes along their points', () => {
    const c: Connector = {
      id: 'c',
      type: 'connector',
      boardId: 'b',
      x: 0,
      y: 0,
      width: 1,
      height: 1,
      index: 'a4',
      fromId: 'n1',
      toId: 'n3',
      points: [0, 0, 1, 1],
      stroke: '#000000',
      arrow: 'end',
    };
    // n1 spans y 100–300 and n3 too: the line runs at y = 200 from x = 300 to 2000.
    expect(hitsItem(c, { x: 1000, y: 203 }, 4, lookup)).toBe(true);
    expect(hitsItem(c, { x: 1000, y: 220 }, 4, lookup)).toBe(false);
    const s: Stroke = {
      id: 's',
      type: 'stroke',
      boardId: 'b',
      x: 100,
      y: 100,
      width: 100,
      height: 100,
      index: 'a5',
      points: [0, 0, 100, 0, 100, 100],
      stroke: '#000000',
      strokeWidth: 4,
    };
    expect(hitsItem(s, { x: 200, y: 150 }, 2, lookup)).toBe(true);
    expect(hitsItem(s, { x: 150, y: 150 }, 2, lookup)).toBe(false);
  });

  it('selects touched items with a marquee, and frames only when enclosed', () => {
    const all = [...items.values()];
    expect(itemsInMarquee(all, { x: 50, y: 50, width: 100, height: 100 })).toEqual(['n1']);
    expect(itemsInMarquee(all, { x: -10, y: -60, width: 1100, height: 900 }).sort()).toEqual(['f', 'n1', 'n2']);
  });
});

describe('SceneIndex', () => {
  it('follows the store: adds, moves between boards and removes only what changed', () => {
    const scene = new SceneIndex();
    scene.sync(items);
    const view = { x: 0, y: 0, width: 500, height: 500 };
    expect(
      scene
        .query('b', view)
        .map((i) => i.id)
        .sort(),
    ).toEqual(['f', 'n1', 'n2']);
    const next = new Map(items);
    next.set('n1', { ...note('n1', 100, 100, 'a1'), boardId: 'other' });
    next.delete('n2');
    scene.sync(next);
    expect(scene.query('b', view).map((i) => i.id)).toEqual(['f']);
    expect(scene.query('other', view).map((i) => i.id)).toEqual(['n1']);
    expect(scene.query('missing', view)).toEqual([]);
  });

  it('updates only the changed ids of a map made with withChanges, to the same result', () => {
    const scene = new SceneIndex();
    scene.sync(items);
    const view = { x: 0, y: 0, width: 500, height: 500 };
    const next = withChanges(
      items,
      new Map([
        ['n1', { ...note('n1', 100, 100, 'a1'), boardId: 'other' }],
        ['n2', null],
        ['n3', note('n3', 300, 300, 'a3')],
      ]),
    );
    expect(changedIds(items, next)).toEqual(new Set(['n1', 'n2', 'n3']));
    expect(changedIds(new Map(), next)).toBeNull();
    scene.sync(next);
    expect(
      scene
        .query('b', view)
        .map((i) => i.id)
        .sort(),
    ).toEqual(['f', 'n3']);
    expect(scene.query('other', view).map((i) => i.id)).toEqual(['n1']);
  });

  it('changes its layout version when an item comes, goes, moves or is reordered, not when its text changes', () => {
    const scene = new SceneIndex();
    scene.sync(items);
    const start = scene.layout;
    let current: ReadonlyMap<string, Item> = items;
    const edit = (id: string, item: Item | null) => {
      const before = scene.layout;
      current = withChanges(current, new Map([[id, item]]));
      scene.sync(current);
      return scene.layout !== before;
    };
    expect(edit('n1', { ...note('n1', 100, 100, 'a1'), text: 'new text', color: 'blue' })).toBe(false);
    expect(scene.layout).toBe(start);
    expect(edit('n1', note('n1', 150, 100, 'a1'))).toBe(true);
    expect(edit('n1', note('n1', 150, 100, 'a9'))).toBe(true);
    expect(edit('n4', note('n4', 0, 0, 'a4'))).toBe(true);
    expect(edit('n4', null)).toBe(true);
  });

  it('keeps its layout when every record is replaced by an equal one (the document replacing the picture), and gives the new records', () => {
    const scene = new SceneIndex();
    scene.sync(items);
    const start = scene.layout;
    const copies = new Map([...items].map(([id, item]) => [id, { ...item }]));
    scene.sync(copies);
    expect(scene.layout).toBe(start);
    const found = scene.query('b', { x: 0, y: 0, width: 500, height: 500 });
    expect(found.map((i) => i.id).sort()).toEqual(['f', 'n1', 'n2']);
    expect(found.every((i) => copies.get(i.id) === i)).toBe(true);
  });

  it('gives the ids in a region in drawing order, for a few items and for most of the board', () => {
    const scene = new SceneIndex();
    scene.sync(items);
    const all = { x: -100, y: -100, width: 3000, height: 1000 };
    const corner = { x: 90, y: 90, width: 20, height: 20 };
    expect(scene.orderedIn('b', all)).toEqual(['f', 'n1', 'n2', 'n3']);
    expect(scene.orderedIn('b', corner)).toEqual(['f', 'n1']);
    // Brought to the front: the order kept for the whole board follows the new layout.
    scene.sync(withChanges(items, new Map([['n1', note('n1', 100, 100, 'z1')]])));
    expect(scene.orderedIn('b', all)).toEqual(['f', 'n2', 'n3', 'n1']);
    expect(scene.orderedIn('b', { x: 1900, y: 0, width: 400, height: 400 })).toEqual(['n3']);
    expect(scene.orderedIn('missing', all)).toEqual([]);
  });
});

describe('drawing order', () => {
  it('puts frames below everything else, whatever their z-index', () => {
    const top: Frame = { ...frame, id: 'f2', index: 'z9' };
    const sorted = [top, note('n', 0, 0, 'a1'), frame].sort(compareDrawOrder).map((i) => i.id);
    expect(sorted).toEqual(['f', 'f2', 'n']);
  });
});

describe('frame title band when zoomed out', () => {
  it('grows with the drawn title', () => {
    // At 10 %, the title is drawn 80 units high (the cap for an 800-wide frame): 96 with its gaps.
    const wide: Frame = { ...frame, width: 800 };
    expect(hitsItem(wide, { x: 400, y: -90 }, 4, lookup, 0.1)).toBe(true);
    expect(hitsItem(wide, { x: 400, y: -90 }, 4, lookup, 1)).toBe(false);
  });
});

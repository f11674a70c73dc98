import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getItem } from '../read/readItems.js';
import type { Connector } from '../schema/item.js';
import { createItem } from './createItem.js';
import { moveItems, withFrameContents } from './moveItems.js';

function board() {
  const doc = new Y.Doc();
  const frame = createItem(doc, { type: 'frame', boardId: 'b1', x: 0, y: 0, width: 800, height: 600 });
  const inner = createItem(doc, { type: 'frame', boardId: 'b1', x: 50, y: 50, width: 400, height: 400 });
  const deep = createItem(doc, { type: 'note', boardId: 'b1', x: 100, y: 100 });
  const inside = createItem(doc, { type: 'note', boardId: 'b1', x: 500, y: 300 });
  const outside = createItem(doc, { type: 'note', boardId: 'b1', x: 900, y: 0 });
  const straddling = createItem(doc, { type: 'note', boardId: 'b1', x: 700, y: 0 });
  const otherBoard = createItem(doc, { type: 'note', boardId: 'b2', x: 100, y: 100 });
  return { doc, frame, inner, deep, inside, outside, straddling, otherBoard };
}

describe('withFrameContents', () => {
  it('adds everything wholly inside a frame, recursively, on its own board only', () => {
    const b = board();
    expect(withFrameContents(b.doc, [b.frame])).toEqual(new Set([b.frame, b.inner, b.deep, b.inside]));
  });

  it('returns the ids as they are when no frame is among them', () => {
    const b = board();
    expect(withFrameContents(b.doc, [b.deep, 'missing'])).toEqual(new Set([b.deep, 'missing']));
  });
});

describe('moveItems', () => {
  it('moves items by the offset', () => {
    const b = board();
    moveItems(b.doc, [b.outside], 10, -20);
    expect(getItem(b.doc, b.outside)).toMatchObject({ x: 910, y: -20 });
  });

  it('lets a frame carry its contents, not what merely overlaps it', () => {
    const b = board();
    moveItems(b.doc, [b.frame], 100, 0);
    expect(getItem(b.doc, b.inner)!.x).toBe(150);
    expect(getItem(b.doc, b.deep)!.x).toBe(200);
    expect(getItem(b.doc, b.inside)!.x).toBe(600);
    expect(getItem(b.doc, b.straddling)!.x).toBe(700);
    expect(getItem(b.doc, b.otherBoard)!.x).toBe(100);
  });

  it('moves only the frame when told not to carry its contents', () => {
    const b = board();
    moveItems(b.doc, [b.frame], 100, 0, { carryFrameContents: false });
    expect(getItem(b.doc, b.frame)!.x).toBe(100);
    expect(getItem(b.doc, b.deep)!.x).toBe(100);
  });

  it('makes attached connectors follow, on the moved item’s edge', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0, width: 100, height: 100 });
    const c = createItem(doc, { type: 'note', boardId: 'b1', x: 300, y: 0, width: 100, height: 100 });
    const line = createItem(doc, { type: 'connector', boardId: 'b1', x: 100, y: 50, fromId: a, toId: c, points: [100, 50, 300, 50] });
    moveItems(doc, [c], 0, 400);
    const moved = getItem(doc, line) as Connector;
    // From a's centre (50,50) towards c's centre (350,450): a's bottom edge, c's top edge.
    expect(moved.points[1]).toBe(100);
    expect(moved.points[3]).toBe(400);
    expect(moved).toMatchObject({ x: moved.points[0], y: 100, height: 300 });
  });

  it('moves a selected connector’s free ends with it', () => {
    const doc = new Y.Doc();
    const line = createItem(doc, { type: 'connector', boardId: 'b1', x: 0, y: 0, fromId: null, toId: null, points: [0, 0, 10, 10] });
    moveItems(doc, [line], 5, 5);
    expect((getItem(doc, line) as Connector).points).toEqual([5, 5, 15, 15]);
  });

  it('moves in one transaction and skips missing ids', () => {
    const b = board();
    let transactions = 0;
    b.doc.on('afterTransaction', () => transactions++);
    moveItems(b.doc, [b.outside, 'missing'], 1, 1);
    expect(transactions).toBe(1);
  });

  it('refuses a non-finite offset and ignores a zero one', () => {
    const b = board();
    expect(() => moveItems(b.doc, [b.outside], Number.NaN, 0)).toThrow(RangeError);
    const before = Y.encodeStateVector(b.doc);
    moveItems(b.doc, [b.outside], 0, 0);
    expect(Y.encodeStateVector(b.doc)).toEqual(before);
  });
});

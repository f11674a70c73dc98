import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardsMap, sessionMap } from '../docs.js';
import { readBoards } from '../read/readControl.js';
import { addBoard, moveBoard, removeBoard, renameBoard, setCurrentBoard } from './boards.js';

/** A control document with boards A, B, C in that order. */
function threeBoards(): Y.Doc {
  const control = new Y.Doc();
  for (const title of ['A', 'B', 'C']) addBoard(control, { id: title.toLowerCase(), title, templateId: 'blank' });
  return control;
}
const titles = (control: Y.Doc) => readBoards(control).map((b) => b.title);

describe('addBoard', () => {
  it('appends at the end by default, or inserts after a given board', () => {
    const control = threeBoards();
    expect(titles(control)).toEqual(['A', 'B', 'C']);
    addBoard(control, { title: 'After A', templateId: 'ideate', afterId: 'a' });
    expect(titles(control)).toEqual(['A', 'After A', 'B', 'C']);
    addBoard(control, { title: 'Last', templateId: 'blank', afterId: 'c' });
    expect(titles(control).at(-1)).toBe('Last');
  });

  it('returns the stored board with a fresh URL-safe id', () => {
    const control = new Y.Doc();
    const board = addBoard(control, { title: 'First', templateId: 'partners' });
    expect(board.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(readBoards(control)).toEqual([board]);
    expect(boardsMap(control).get(board.id)!.get('templateId')).toBe('partners');
  });

  it('refuses an empty or too long title and writes nothing', () => {
    const control = new Y.Doc();
    expect(() => addBoard(control, { title: '', templateId: 'blank' })).toThrow();
    expect(() => addBoard(control, { title: 'x'.repeat(201), templateId: 'blank' })).toThrow();
    expect(boardsMap(control).size).toBe(0);
  });
});

describe('renameBoard', () => {
  it('renames; false for an unknown board; throws on an invalid title', () => {
    const control = threeBoards();
    expect(renameBoard(control, 'b', 'Bee')).toBe(true);
    expect(titles(control)).toEqual(['A', 'Bee', 'C']);
    expect(renameBoard(control, 'zz', 'x')).toBe(false);
    expect(() => renameBoard(control, 'b', '')).toThrow();
    expect(titles(control)).toEqual(['A', 'Bee', 'C']);
  });
});

describe('moveBoard', () => {
  it('moves a board to any position, clamping out-of-range targets', () => {
    const control = threeBoards();
    moveBoard(control, 'c', 0);
    expect(titles(control)).toEqual(['C', 'A', 'B']);
    moveBoard(control, 'c', 1);
    expect(titles(control)).toEqual(['A', 'C', 'B']);
    moveBoard(control, 'a', 99);
    expect(titles(control)).toEqual(['C', 'B', 'A']);
    moveBoard(control, 'a', -5);
    expect(titles(control)).toEqual(['A', 'C', 'B']);
    expect(moveBoard(control, 'zz', 0)).toBe(false);
  });

  it('keeps both moves when two facilitator tabs reorder at once', () => {
    const one = threeBoards();
    const two = new Y.Doc();
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    moveBoard(one, 'a', 2);
    moveBoard(two, 'c', 0);
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    expect(titles(one)).toEqual(titles(two));
    expect(titles(one)).toEqual(['C', 'B', 'A']);
  });
});

describe('removeBoard', () => {
  it('removes a board and moves the current board on when it pointed there', () => {
    const control = threeBoards();
    setCurrentBoard(control, 'a');
    expect(removeBoard(control, 'a')).toBe(true);
    expect(titles(control)).toEqual(['B', 'C']);
    expect(sessionMap(control).get('currentBoardId')).toBe('b');
  });

  it('refuses to remove the last board or an unknown one', () => {
    const control = new Y.Doc();
    addBoard(control, { id: 'only', title: 'Only', templateId: 'blank' });
    expect(removeBoard(control, 'only')).toBe(false);
    expect(removeBoard(control, 'zz')).toBe(false);
    expect(titles(control)).toEqual(['Only']);
  });
});

describe('setCurrentBoard', () => {
  it('sets an existing board, refuses an unknown one', () => {
    const control = threeBoards();
    expect(setCurrentBoard(control, 'c')).toBe(true);
    expect(sessionMap(control).get('currentBoardId')).toBe('c');
    expect(setCurrentBoard(control, 'zz')).toBe(false);
    expect(sessionMap(control).get('currentBoardId')).toBe('c');
  });
});

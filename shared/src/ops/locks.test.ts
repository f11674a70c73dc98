import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { isBoardLocked, isItemLocked, isLockedFor, readLocks } from '../read/locks.js';
import { setBoardLocked, setItemsLocked } from './locks.js';

describe('locks', () => {
  it('locks and unlocks items, reporting only what changed', () => {
    const control = new Y.Doc();
    expect(setItemsLocked(control, ['a', 'b', 'a'], true)).toEqual(['a', 'b']);
    expect(setItemsLocked(control, ['a', 'c'], true)).toEqual(['c']);
    expect(isItemLocked(control, 'a')).toBe(true);
    expect(setItemsLocked(control, ['a'], false)).toEqual(['a']);
    expect(isItemLocked(control, 'a')).toBe(false);
    expect([...readLocks(control).items].sort()).toEqual(['b', 'c']);
  });

  it('skips ids that are not ids', () => {
    const control = new Y.Doc();
    expect(setItemsLocked(control, ['', 'x'.repeat(65), 'ok'], true)).toEqual(['ok']);
  });

  it('locks a board, which locks every item on it', () => {
    const control = new Y.Doc();
    expect(setBoardLocked(control, 'b1', true)).toBe(true);
    expect(setBoardLocked(control, 'b1', true)).toBe(false);
    expect(isBoardLocked(control, 'b1')).toBe(true);
    expect(isLockedFor(control, { id: 'n1', boardId: 'b1' })).toBe(true);
    expect(isLockedFor(control, { id: 'n1', boardId: 'b2' })).toBe(false);
    expect(() => setBoardLocked(control, '../x', true)).toThrow();
  });
});

import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createItem } from '../ops/createItem.js';
import { readItems } from '../read/readItems.js';
import {
  endPrivateBrainstorm,
  readPrivateCounts,
  readPrivateMode,
  revealNotes,
  setPrivateCounts,
  startPrivateBrainstorm,
} from './privateBrainstorm.js';

describe('private brainstorm', () => {
  it('starts and ends on a board, clearing the counts of an earlier one', () => {
    const control = new Y.Doc();
    setPrivateCounts(control, new Map([['old', 3]]));
    startPrivateBrainstorm(control, { boardId: 'b1', anonymous: true });
    expect(readPrivateMode(control)).toEqual({ active: true, boardId: 'b1', anonymous: true });
    expect(readPrivateCounts(control).size).toBe(0);
    endPrivateBrainstorm(control);
    expect(readPrivateMode(control)?.active).toBe(false);
  });

  it('reveals notes at their places, without their author when anonymous', () => {
    const mine = new Y.Doc();
    createItem(mine, { type: 'note', boardId: 'b1', x: 10, y: 20, text: 'my idea', createdBy: 'p1' });
    const board = new Y.Doc();
    revealNotes(board, readItems(mine, 'b1'), { anonymous: true });
    const [note] = readItems(board, 'b1');
    expect(note).toMatchObject({ x: 10, y: 20, text: 'my idea' });
    expect(note?.createdBy).toBeUndefined();
  });
});

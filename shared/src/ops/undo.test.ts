import { describe, expect, it } from 'vitest';
import { getItem, readItems } from '../read/readItems.js';
import { REMOTE_ORIGIN, syncedPair } from '../testing/syncDocs.js';
import { createItem } from './createItem.js';
import { moveItems } from './moveItems.js';
import { setItemText } from './setItemText.js';
import { createUndoManager } from './undo.js';
import { updateItem } from './updateItem.js';

describe('createUndoManager', () => {
  it('undoes only this user’s changes, never a peer’s', () => {
    const [mine, theirs] = syncedPair();
    const undo = createUndoManager(mine);
    const myNote = createItem(mine, { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'mine' });
    undo.stopCapturing();
    const theirNote = createItem(theirs, { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'theirs' });
    expect(readItems(mine)).toHaveLength(2);

    undo.undo();
    expect(getItem(mine, myNote)).toBeNull();
    expect(getItem(mine, theirNote)).not.toBeNull();
    expect(getItem(theirs, myNote)).toBeNull(); // the undo itself syncs to the peer
    expect(undo.canUndo()).toBe(false);

    undo.redo();
    expect(getItem(theirs, myNote)).toMatchObject({ text: 'mine' });
  });

  it('undoes a move of mine while keeping a peer’s later recolour of the same note', () => {
    const [mine, theirs] = syncedPair();
    const id = createItem(mine, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    const undo = createUndoManager(mine);
    moveItems(mine, [id], 100, 0);
    updateItem(theirs, id, { color: 'pink' });
    undo.undo();
    expect(getItem(mine, id)).toMatchObject({ x: 0, color: 'pink' });
    expect(getItem(theirs, id)).toMatchObject({ x: 0, color: 'pink' });
  });

  it('ignores changes with other origins, such as a remote provider’s', () => {
    const [mine] = syncedPair();
    const undo = createUndoManager(mine);
    createItem(mine, { type: 'note', boardId: 'b1', x: 0, y: 0 }, { origin: REMOTE_ORIGIN });
    expect(undo.canUndo()).toBe(false);
  });

  it('undoes text edits of mine', () => {
    const [mine, theirs] = syncedPair();
    const id = createItem(mine, { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'first' });
    const undo = createUndoManager(mine);
    setItemText(mine, id, 'first draft');
    undo.undo();
    expect(getItem(theirs, id)).toMatchObject({ text: 'first' });
  });

  it('tracks a custom origin when given one', () => {
    const [mine] = syncedPair();
    const undo = createUndoManager(mine, 'tab-1');
    createItem(mine, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    expect(undo.canUndo()).toBe(false);
    createItem(mine, { type: 'note', boardId: 'b1', x: 0, y: 0 }, { origin: 'tab-1' });
    undo.undo();
    expect(readItems(mine)).toHaveLength(1);
  });
});

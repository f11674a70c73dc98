import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, deleteItems, initSession, setItemText, updateItem, upsertParticipant } from '@cocreate/shared';
import { useStore } from '../store/index.js';
import { bindYjs } from './bindYjs.js';

function session() {
  const board = new Y.Doc();
  const control = new Y.Doc();
  const meta = initSession(control, board, { title: 'Workshop', language: 'en' });
  return { board, control, meta };
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  useStore.setState({ items: new Map(), boards: [], boardId: null, selectedIds: new Set(), editingId: null });
});

describe('bindYjs', () => {
  it('mirrors meta, boards and items, and views the current board first', () => {
    const { board, control, meta } = session();
    stop = bindYjs(board, control);
    const state = useStore.getState();
    expect(state.title).toBe('Workshop');
    expect(state.boards).toHaveLength(7);
    expect(state.boardId).toBe(meta.currentBoardId);
    expect(state.items.size).toBeGreaterThan(0);
  });

  it('updates only the items a transaction touched', () => {
    const { board, control, meta } = session();
    stop = bindYjs(board, control);
    const boardId = meta.currentBoardId!;
    const id = createItem(board, { type: 'note', boardId, x: 0, y: 0 });
    const before = useStore.getState().items;
    const untouched = [...before.keys()].find((k) => k !== id)!;

    setItemText(board, id, 'hello');
    updateItem(board, id, { color: 'blue' });
    const after = useStore.getState().items;
    expect(after).not.toBe(before);
    expect(after.get(id)).toMatchObject({ text: 'hello', color: 'blue' });
    expect(after.get(untouched)).toBe(before.get(untouched));
  });

  it('drops deleted items from the items, the selection and the editor', () => {
    const { board, control, meta } = session();
    stop = bindYjs(board, control);
    const id = createItem(board, { type: 'note', boardId: meta.currentBoardId!, x: 0, y: 0 });
    useStore.setState({ selectedIds: new Set([id]), editingId: id });
    deleteItems(board, [id]);
    const state = useStore.getState();
    expect(state.items.has(id)).toBe(false);
    expect(state.selectedIds.size).toBe(0);
    expect(state.editingId).toBeNull();
  });

  it('skips invalid items written by a misbehaving client', () => {
    const { board, control } = session();
    stop = bindYjs(board, control);
    const count = useStore.getState().items.size;
    const bad = new Y.Map<unknown>();
    bad.set('type', 'note');
    bad.set('x', 'not a number');
    board.getMap('items').set('bad', bad);
    expect(useStore.getState().items.size).toBe(count);
  });

  it('mirrors participants', () => {
    const { board, control } = session();
    stop = bindYjs(board, control);
    upsertParticipant(board, { id: 'p1', name: 'Ann', organisation: 'Howest', group: 'Students', role: 'participant' });
    expect(useStore.getState().participants.map((p) => p.name)).toEqual(['Ann']);
  });
});

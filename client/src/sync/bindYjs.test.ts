import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, deleteItems, initSession, readItems, setItemText, updateItem, upsertParticipant, type Item } from '@cocreate/shared';
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

  describe('with a picture of the board', () => {
    /** A session on the server, and an empty board document in this tab, as before its state came. */
    function opening() {
      const server = session();
      const pictured = readItems(server.board);
      const note = pictured.find((item) => item.type === 'note' || item.type === 'text') ?? pictured[0]!;
      // An item the document no longer holds (the picture is a moment old).
      const ghost: Item = { ...note, id: 'ghost' };
      return { server, board: new Y.Doc(), picture: [...pictured, ghost] };
    }
    const stateFrom = (server: Y.Doc, board: Y.Doc) => Y.applyUpdate(board, Y.encodeStateAsUpdate(server), 'server');

    it('shows the picture while the board is empty, then the document replaces it whole', async () => {
      const { server, board, picture } = opening();
      stop = bindYjs(board, server.control, { items: Promise.resolve(picture), documentIn: new Promise(() => {}) });
      await Promise.resolve();
      expect([...useStore.getState().items.keys()].sort()).toEqual(picture.map((item) => item.id).sort());
      useStore.setState({ selectedIds: new Set(['ghost']) });
      stateFrom(server.board, board);
      const state = useStore.getState();
      expect([...state.items.values()]).toEqual(readItems(board));
      expect(state.items.has('ghost')).toBe(false);
      expect(state.selectedIds.size).toBe(0);
    });

    it('keeps the picture under a change this tab makes before the state comes', async () => {
      const { server, board, picture } = opening();
      stop = bindYjs(board, server.control, { items: Promise.resolve(picture), documentIn: new Promise(() => {}) });
      await Promise.resolve();
      const id = createItem(board, { type: 'note', boardId: server.meta.currentBoardId!, x: 0, y: 0, text: 'early' });
      const state = useStore.getState();
      expect(state.items.get(id)).toMatchObject({ text: 'early' });
      expect(state.items.size).toBe(picture.length + 1);
      stateFrom(server.board, board);
      expect(useStore.getState().items.size).toBe(readItems(server.board).length + 1);
    });

    it('ends once the document is in, even when its state changed no item', async () => {
      const { server, board, picture } = opening();
      let documentIn!: () => void;
      stop = bindYjs(board, server.control, {
        items: Promise.resolve(picture),
        documentIn: new Promise<void>((resolve) => (documentIn = resolve)),
      });
      await Promise.resolve();
      expect(useStore.getState().items.has('ghost')).toBe(true);
      // The server's board was emptied since the picture was made: its state brings no item.
      documentIn();
      await Promise.resolve();
      expect(useStore.getState().items.size).toBe(0);
    });

    it('is not shown once the document came first, nor when it is empty', async () => {
      const { server, board, picture } = opening();
      let give!: (items: readonly Item[]) => void;
      stop = bindYjs(board, server.control, { items: new Promise((resolve) => (give = resolve)), documentIn: new Promise(() => {}) });
      stateFrom(server.board, board);
      give(picture);
      await Promise.resolve();
      expect(useStore.getState().items.has('ghost')).toBe(false);
      stop();
      stop = bindYjs(new Y.Doc(), server.control, { items: Promise.resolve([]), documentIn: new Promise(() => {}) });
      await Promise.resolve();
      expect(useStore.getState().items.size).toBe(0);
    });
  });
});

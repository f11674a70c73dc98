import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { castVote, createItem, deleteItems, initSession, readItems, readVoting, revealNotes, startVoting } from '@cocreate/shared';
import { useStore } from '../store/index.js';
import { bindYjs } from '../sync/bindYjs.js';
import { bindPrivateDoc } from './bindPrivacy.js';
import { usePrivacy } from './privacyStore.js';

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  useStore.setState({ items: new Map(), boards: [], boardId: null, selectedIds: new Set(), editingId: null });
  usePrivacy.setState({ privateIds: new Set(), voting: null, myVotes: new Map(), votesLeft: 0 });
});

function session() {
  const board = new Y.Doc();
  const control = new Y.Doc();
  const mine = new Y.Doc();
  const { currentBoardId } = initSession(control, board, { title: 'Workshop', language: 'en' });
  stops.push(bindYjs(board, control), bindPrivateDoc(mine, board, control));
  return { board, control, mine, boardId: currentBoardId! };
}

describe('bindPrivateDoc', () => {
  it('draws private notes among the items, marked private, and drops them when deleted', () => {
    const { mine, boardId } = session();
    const id = createItem(mine, { type: 'note', boardId, x: 5, y: 5, text: 'mine' });
    expect(useStore.getState().items.get(id)).toMatchObject({ text: 'mine' });
    expect(usePrivacy.getState().privateIds.has(id)).toBe(true);
    useStore.setState({ selectedIds: new Set([id]) });
    deleteItems(mine, [id]);
    expect(useStore.getState().items.has(id)).toBe(false);
    expect(useStore.getState().selectedIds.size).toBe(0);
  });

  it('keeps a revealed note drawn: the board document holds it when the private one lets go', () => {
    const { board, mine, boardId } = session();
    const id = createItem(mine, { type: 'note', boardId, x: 5, y: 5, text: 'mine' });
    revealNotes(board, readItems(mine, boardId), { anonymous: true });
    deleteItems(mine, [id]);
    expect(useStore.getState().items.get(id)).toMatchObject({ text: 'mine' });
    expect(usePrivacy.getState().privateIds.has(id)).toBe(false);
  });

  it("follows this person's ballot of the open round", () => {
    const { control, mine, boardId } = session();
    startVoting(control, { boardId, votesPerParticipant: 3, onePerNote: false });
    expect(usePrivacy.getState().votesLeft).toBe(3);
    castVote(mine, readVoting(control)!, 'n1', 1);
    expect(usePrivacy.getState().votesLeft).toBe(2);
    expect([...usePrivacy.getState().myVotes]).toEqual([['n1', 1]]);
  });
});

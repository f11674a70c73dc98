import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardsMap, participantsMap, sessionMap } from '../docs.js';
import { addBoard } from '../ops/boards.js';
import { upsertParticipant } from '../ops/participants.js';
import { initSession } from '../ops/session.js';
import { readBoards, readParticipants, readSessionMeta } from './readControl.js';

describe('readSessionMeta', () => {
  it('is null before the control document has synced, and on invalid meta data', () => {
    const control = new Y.Doc();
    expect(readSessionMeta(control)).toBeNull();
    sessionMap(control).set('title', 'only a title');
    expect(readSessionMeta(control)).toBeNull();
  });

  it('reads what initSession wrote', () => {
    const control = new Y.Doc();
    initSession(control, new Y.Doc(), { title: 'T', language: 'nl', createdAt: 5 });
    expect(readSessionMeta(control)).toMatchObject({ title: 'T', language: 'nl', createdAt: 5, phase: 'partners' });
  });
});

describe('readBoards', () => {
  it('returns valid boards in order, skipping invalid entries', () => {
    const control = new Y.Doc();
    addBoard(control, { id: 'one', title: 'One', templateId: 'blank' });
    addBoard(control, { id: 'two', title: 'Two', templateId: 'blank' });
    const boards = boardsMap(control) as Y.Map<unknown>;
    boards.set('garbage', 'x');
    const badTitle = new Y.Map<unknown>();
    badTitle.set('title', 42);
    badTitle.set('index', 'a0');
    boards.set('badTitle', badTitle);
    expect(readBoards(control).map((b) => b.id)).toEqual(['one', 'two']);
  });

  it('shows a board written with only an id key, with defaults for the rest', () => {
    const control = new Y.Doc();
    boardsMap(control).set('bare', new Y.Map<unknown>());
    expect(readBoards(control)).toEqual([{ id: 'bare', title: 'Board', templateId: 'blank', index: 'a0' }]);
  });

  it('breaks index ties by id, so every client shows the same order', () => {
    const control = new Y.Doc();
    for (const id of ['b', 'a']) {
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ id, title: id, templateId: 'blank', index: 'a0' })) m.set(k, v);
      boardsMap(control).set(id, m);
    }
    expect(readBoards(control).map((b) => b.id)).toEqual(['a', 'b']);
  });
});

describe('readParticipants', () => {
  it('returns valid participants, skipping invalid entries', () => {
    const doc = new Y.Doc();
    upsertParticipant(doc, { id: 'p1', name: 'Ann', organisation: '', group: '', role: 'participant', joinedAt: 1 });
    (participantsMap(doc) as Y.Map<unknown>).set('junk', 7);
    const nameless = new Y.Map<unknown>();
    nameless.set('id', 'p2');
    participantsMap(doc).set('p2', nameless);
    expect(readParticipants(doc).map((p) => p.id)).toEqual(['p1']);
  });

  it('reads a participant written with only the contract fields, its key as id', () => {
    const doc = new Y.Doc();
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ name: 'Bea', organisation: 'City', group: 'Client', role: 'participant' })) m.set(k, v);
    participantsMap(doc).set('bea-1', m);
    expect(readParticipants(doc)).toEqual([
      { id: 'bea-1', name: 'Bea', organisation: 'City', group: 'Client', role: 'participant', joinedAt: 0 },
    ]);
  });
});

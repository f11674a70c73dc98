import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { useStore } from '../store/index.js';
import { bindPresence, readPresence } from './bindPresence.js';

describe('readPresence', () => {
  it('reads a well-formed awareness state', () => {
    const p = readPresence(7, {
      participantId: 'p1',
      name: 'Ann',
      color: '#e03131',
      role: 'participant',
      boardId: 'b1',
      cursor: { x: 1, y: 2 },
      selection: ['a'],
    });
    expect(p).toEqual({
      clientId: 7,
      participantId: 'p1',
      name: 'Ann',
      color: '#e03131',
      role: 'participant',
      boardId: 'b1',
      cursor: { x: 1, y: 2 },
      selection: ['a'],
      view: null,
    });
  });

  it('skips states that are not ours and repairs bad fields', () => {
    expect(readPresence(1, null)).toBeNull();
    expect(readPresence(1, { participantId: 'p', role: 'admin' })).toBeNull();
    const p = readPresence(2, {
      participantId: 'p',
      role: 'observer',
      name: 5,
      color: 'red;x',
      cursor: { x: NaN, y: 1 },
      selection: [1, 'b'],
    });
    expect(p).toMatchObject({ name: '', color: '#868e96', cursor: null, selection: ['b'], boardId: null });
  });
});

describe('bindPresence', () => {
  it('keeps the roster while people only move their pointers, and renews it when someone comes or is renamed, this tab’s person too', () => {
    const mine = new Awareness(new Y.Doc());
    const stop = bindPresence(mine);
    const ann = new Awareness(new Y.Doc());
    const relay = (from: Awareness) => applyAwarenessUpdate(mine, encodeAwarenessUpdate(from, [from.clientID]), 'server');
    const state = { participantId: 'p1', personId: 'ann', name: 'Ann', color: '#e03131', role: 'participant', boardId: 'b1' };

    ann.setLocalState({ ...state, cursor: { x: 1, y: 1 } });
    relay(ann);
    const arrived = useStore.getState().roster;
    expect(arrived.map((p) => p.name)).toEqual(['Ann']);
    ann.setLocalState({ ...state, cursor: { x: 2, y: 5 } });
    relay(ann);
    expect(useStore.getState().presence[0]!.cursor).toEqual({ x: 2, y: 5 });
    expect(useStore.getState().roster).toBe(arrived);
    ann.setLocalState({ ...state, name: 'Ann Peeters', cursor: { x: 2, y: 5 } });
    relay(ann);
    expect(useStore.getState().roster.map((p) => p.name)).toEqual(['Ann Peeters']);
    // This tab's own person is listed too: joining (a name, a person) renews the roster.
    const before = useStore.getState().roster;
    mine.setLocalState({ personId: 'fien', name: 'Fien Claes', role: 'facilitator' });
    expect(useStore.getState().roster).not.toBe(before);
    stop();
  });
});

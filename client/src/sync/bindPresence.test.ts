import { describe, expect, it } from 'vitest';
import { readPresence } from './bindPresence.js';

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

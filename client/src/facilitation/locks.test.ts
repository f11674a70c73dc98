import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../store/index.js';
import { lockedForMe, viewedBoardLockedForMe } from './locks.js';

const initial = useStore.getState();

describe('lockedForMe', () => {
  afterEach(() => useStore.setState(initial, true));

  it('holds for participants and observers on locked items and boards, never for the facilitator', () => {
    useStore.setState({ role: 'participant', boardId: 'b2', locks: { items: new Set(['n1']), boards: new Set(['b2']) } });
    expect(lockedForMe({ id: 'n1', boardId: 'b1' })).toBe(true);
    expect(lockedForMe({ id: 'n2', boardId: 'b1' })).toBe(false);
    expect(lockedForMe({ id: 'n3', boardId: 'b2' })).toBe(true);
    expect(viewedBoardLockedForMe()).toBe(true);
    useStore.setState({ role: 'facilitator' });
    expect(lockedForMe({ id: 'n1', boardId: 'b2' })).toBe(false);
    expect(viewedBoardLockedForMe()).toBe(false);
  });
});

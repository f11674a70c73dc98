import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../store/index.js';
import { useToasts } from '../canvas/feedback/toast.js';
import { lockedForMe, sayLocked, viewedBoardLockedForMe } from './locks.js';

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

describe('sayLocked', () => {
  afterEach(() => useStore.setState(initial, true));

  it('holds back a repeat of the same message, not a different one', () => {
    const shown = () => useToasts.getState().toasts.map((toast) => toast.message);
    useStore.setState({ role: 'participant', boardId: 'b1', locks: { items: new Set(['n1']), boards: new Set() } });
    sayLocked();
    sayLocked();
    expect(shown()).toEqual(['The facilitator has locked this.']);
    // The board was locked since: that is news, said at once.
    useStore.setState({ locks: { items: new Set(['n1']), boards: new Set(['b1']) } });
    sayLocked();
    expect(shown()).toEqual(['The facilitator has locked this.', 'The facilitator has locked this board.']);
  });
});

import { describe, expect, it } from 'vitest';
import { nextNotice, type UnsyncedNotice } from './UnsyncedStatus.js';

/** The notices shown along a sequence of (unsynced, connected) states, from none. */
function along(states: [number, boolean][]): UnsyncedNotice[] {
  let notice: UnsyncedNotice = 'none';
  return states.map(([unsynced, connected]) => {
    notice = nextNotice(notice, unsynced, connected);
    return notice;
  });
}

describe('nextNotice', () => {
  it('announces changes made offline until the server has them, then says they are saved', () => {
    expect(
      along([
        [0, true],
        [0, false],
        [2, false],
        [3, false],
        [3, true],
        [0, true],
      ]),
    ).toEqual(['none', 'none', 'unsynced', 'unsynced', 'unsynced', 'saved']);
  });

  it('does not announce changes made while connected', () => {
    expect(
      along([
        [1, true],
        [0, true],
        [4, true],
      ]),
    ).toEqual(['none', 'none', 'none']);
  });
});

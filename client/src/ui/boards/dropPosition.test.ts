import { describe, expect, it } from 'vitest';
import { dropPosition } from './dropPosition.js';

/** The list A..E after moving the entry at `from` to `to`, as moveBoard orders it. */
function moved(from: number, to: number): string {
  const list = [...'ABCDE'];
  const [board] = list.splice(from, 1);
  list.splice(to, 0, board!);
  return list.join('');
}

describe('dropPosition', () => {
  it('puts the board before or after the entry it is dropped on, either direction', () => {
    expect(moved(0, dropPosition(0, 2, false))).toBe('BACDE');
    expect(moved(0, dropPosition(0, 2, true))).toBe('BCADE');
    expect(moved(4, dropPosition(4, 1, false))).toBe('AEBCD');
    expect(moved(4, dropPosition(4, 1, true))).toBe('ABECD');
    expect(moved(1, dropPosition(1, 4, true))).toBe('ACDEB');
  });

  it('leaves the board in place when dropped on itself or next to itself', () => {
    for (const [over, after] of [
      [2, false],
      [2, true],
      [1, true],
      [3, false],
    ] as const) {
      expect(moved(2, dropPosition(2, over, after))).toBe('ABCDE');
    }
  });
});

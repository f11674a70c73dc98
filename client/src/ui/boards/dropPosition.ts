/**
 * Where a board dragged from position `from` lands when dropped on the entry at `over`, in its
 * upper (`after` false) or lower half: the position `moveBoard` takes, counted in the list
 * without the dragged board.
 */
export function dropPosition(from: number, over: number, after: boolean): number {
  const slot = over + (after ? 1 : 0);
  return slot > from ? slot - 1 : slot;
}

import type * as Y from 'yjs';
import { CONTROL_ROOTS } from '../schema/control.js';

/** The control document's `locks` map: item id → true while the item is locked. */
export function itemLocksMap(control: Y.Doc): Y.Map<unknown> {
  return control.getMap(CONTROL_ROOTS.locks);
}

/** The control document's `boardLocks` map: board id → true while the whole board is locked. */
export function boardLocksMap(control: Y.Doc): Y.Map<unknown> {
  return control.getMap(CONTROL_ROOTS.boardLocks);
}

/** Whether the item `itemId` is locked on its own (not counting its board's lock). */
export function isItemLocked(control: Y.Doc, itemId: string): boolean {
  return itemLocksMap(control).get(itemId) === true;
}

/** Whether the board `boardId` is locked as a whole. */
export function isBoardLocked(control: Y.Doc, boardId: string): boolean {
  return boardLocksMap(control).get(boardId) === true;
}

/** Whether a participant may not change an item: it is locked, or it lies on a locked board. */
export function isLockedFor(control: Y.Doc, item: { id: string; boardId?: unknown }): boolean {
  return isItemLocked(control, item.id) || (typeof item.boardId === 'string' && isBoardLocked(control, item.boardId));
}

/** Ids of the locked items and boards, as plain sets (for views that render many items). */
export function readLocks(control: Y.Doc): { items: ReadonlySet<string>; boards: ReadonlySet<string> } {
  const items = new Set<string>();
  const boards = new Set<string>();
  for (const [k, v] of itemLocksMap(control)) if (v === true) items.add(k);
  for (const [k, v] of boardLocksMap(control)) if (v === true) boards.add(k);
  return { items, boards };
}

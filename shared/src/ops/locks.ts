import type * as Y from 'yjs';
import { boardLocksMap, itemLocksMap } from '../read/locks.js';
import { IdSchema } from '../schema/common.js';
import { originOf, type OpOptions } from './origin.js';

/** Locks (or, with `locked` false, unlocks) items in the control document; returns the ids changed. */
export function setItemsLocked(control: Y.Doc, itemIds: readonly string[], locked: boolean, opts?: OpOptions): string[] {
  const map = itemLocksMap(control);
  const ids = [...new Set(itemIds)].filter((id) => IdSchema.safeParse(id).success && (map.get(id) === true) !== locked);
  if (ids.length === 0) return [];
  control.transact(() => {
    for (const id of ids) locked ? map.set(id, true) : map.delete(id);
  }, originOf(opts));
  return ids;
}

/** Locks or unlocks a whole board: nothing on it can be added, moved, edited or deleted by participants. */
export function setBoardLocked(control: Y.Doc, boardId: string, locked: boolean, opts?: OpOptions): boolean {
  IdSchema.parse(boardId);
  const map = boardLocksMap(control);
  if ((map.get(boardId) === true) === locked) return false;
  control.transact(() => (locked ? map.set(boardId, true) : map.delete(boardId)), originOf(opts));
  return true;
}

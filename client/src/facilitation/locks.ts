import type { Item } from '@cocreate/shared';
import { showToast } from '../canvas/feedback/toast.js';
import { useStore } from '../store/index.js';
import { t } from '../ui/i18n/index.js';

// The facilitator's locks as this user meets them: the server undoes a participant's change to a
// locked item or board anyway; the UI does not offer it, and says why.

/** Whether this user may not change `item`: it or its board is locked, and this user is not the facilitator. */
export function lockedForMe(item: Pick<Item, 'id' | 'boardId'>): boolean {
  const { role, locks } = useStore.getState();
  return role !== 'facilitator' && (locks.items.has(item.id) || locks.boards.has(item.boardId));
}

/** Whether this user may not add anything to the board being viewed. */
export function viewedBoardLockedForMe(): boolean {
  const { role, locks, boardId } = useStore.getState();
  return role !== 'facilitator' && boardId !== null && locks.boards.has(boardId);
}

/** How long the same lock message is not repeated (ms): a drag over locked items is one event. */
const QUIET_MS = 2000;
/** The message shown last, and when: only that one is held back (a board locked since says so at once). */
let last = { message: '', at: 0 };

/** Tells the user that what they tried is locked by the facilitator (the same message not more than once in a while). */
export function sayLocked(): void {
  const now = Date.now();
  const message = t(viewedBoardLockedForMe() ? 'lock.boardLocked' : 'lock.itemLocked');
  if (message === last.message && now - last.at < QUIET_MS) return;
  last = { message, at: now };
  showToast(message);
}

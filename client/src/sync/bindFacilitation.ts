import type * as Y from 'yjs';
import {
  boardLocksMap,
  commentsMap,
  facilitationMap,
  itemLocksMap,
  readComments,
  readFacilitation,
  readLocks,
  readTimerRecord,
  timerMap,
} from '@cocreate/shared';
import { useStore } from '../store/index.js';
import { lockedForMe } from '../facilitation/locks.js';

/**
 * Mirrors what the facilitator leads with (locks, timer, Follow me; control document) and the
 * comments (board document) into the store. A participant's selection loses items as they get
 * locked. Returns a function that stops the binding.
 */
export function bindFacilitation(board: Y.Doc, control: Y.Doc): () => void {
  const onLocks = () => {
    useStore.setState({ locks: readLocks(control) });
    const { selectedIds, items } = useStore.getState();
    const kept = [...selectedIds].filter((id) => {
      const item = items.get(id);
      return !item || !lockedForMe(item);
    });
    if (kept.length !== selectedIds.size) useStore.setState({ selectedIds: new Set(kept), editingId: null });
  };
  const onTimer = () => useStore.setState({ timer: readTimerRecord(control) });
  const onFacilitation = () => useStore.setState({ facilitation: readFacilitation(control) });
  const onComments = () => useStore.setState({ comments: readComments(board) });

  const bindings: [Y.Map<unknown>, () => void][] = [
    [itemLocksMap(control), onLocks],
    [boardLocksMap(control), onLocks],
    [timerMap(control), onTimer],
    [facilitationMap(control), onFacilitation],
    [commentsMap(board) as Y.Map<unknown>, onComments],
  ];
  for (const [type, handler] of bindings) {
    type.observeDeep(handler);
    handler();
  }
  return () => {
    for (const [type, handler] of bindings) type.unobserveDeep(handler);
  };
}

import type * as Y from 'yjs';
import { useStore } from '../store/index.js';

/** Mirrors whether this user's undo manager can undo or redo into the store (for the buttons). */
export function bindUndo(undo: Y.UndoManager): () => void {
  const update = () => {
    const canUndo = undo.canUndo();
    const canRedo = undo.canRedo();
    const state = useStore.getState();
    if (state.canUndo !== canUndo || state.canRedo !== canRedo) useStore.setState({ canUndo, canRedo });
  };
  const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
  for (const e of events) undo.on(e, update);
  update();
  return () => {
    for (const e of events) undo.off(e, update);
  };
}

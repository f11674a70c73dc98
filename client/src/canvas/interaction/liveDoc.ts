import type * as Y from 'yjs';
import { editableSession } from '../../input/commands.js';
import { getLiveSession } from '../../sync/liveSession.js';

/** The board document when this user may change it, else null (observers, or not connected yet). */
export function writableDoc(): Y.Doc | null {
  return editableSession()?.board ?? null;
}

/** Starts a new undo step, so one gesture (a drag, a resize) undoes as one and apart from the last. */
export function startUndoStep(): void {
  getLiveSession()?.undo.stopCapturing();
}

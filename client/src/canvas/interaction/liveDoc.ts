import type * as Y from 'yjs';
import { editableSession } from '../../input/commands.js';
import { getLiveSession } from '../../sync/liveSession.js';

/** The board document when this user may change it, else null (observers, or not connected yet). */
export function writableDoc(): Y.Doc | null {
  return editableSession()?.board ?? null;
}

/** The undo manager's usual capture timeout while no gesture is open; null outside a gesture. */
let usualCaptureTimeout: number | null = null;

/**
 * Opens an undo step for one gesture (a drag, a resize, a stroke): it undoes as one, apart from
 * the last, however long the pointer rests mid-way (the capture timeout alone would split it).
 */
export function beginUndoStep(): void {
  const undo = getLiveSession()?.undo;
  if (!undo) return;
  undo.stopCapturing();
  usualCaptureTimeout ??= undo.captureTimeout;
  undo.captureTimeout = Number.POSITIVE_INFINITY;
}

/** Closes the gesture's undo step: the next change starts its own. */
export function endUndoStep(): void {
  const undo = getLiveSession()?.undo;
  if (!undo || usualCaptureTimeout === null) return;
  undo.captureTimeout = usualCaptureTimeout;
  usualCaptureTimeout = null;
  undo.stopCapturing();
}

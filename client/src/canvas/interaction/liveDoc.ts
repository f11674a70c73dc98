import type * as Y from 'yjs';
import { editableSession } from '../../input/commands.js';
import { usePrivacy } from '../../privacy/privacyStore.js';
import { getLiveSession } from '../../sync/liveSession.js';
import { t } from '../../ui/i18n/index.js';
import { showToast } from '../feedback/toast.js';

/**
 * The document to change items `ids` in when this user may (observers, or not connected yet: null):
 * this person's private document when every one of them is a private note, else the board document.
 */
export function writableDoc(ids: Iterable<string> = []): Y.Doc | null {
  const live = editableSession();
  if (!live) return null;
  const privateIds = usePrivacy.getState().privateIds;
  const list = [...ids];
  return live.privateDoc && list.length > 0 && list.every((id) => privateIds.has(id)) ? live.privateDoc : live.board;
}

/** Items `ids` split by the document that holds them (private notes, the rest), for a change to each. */
export function docsFor(ids: Iterable<string>): [Y.Doc, string[]][] {
  const live = editableSession();
  if (!live) return [];
  const privateIds = usePrivacy.getState().privateIds;
  const list = [...ids];
  const mine = list.filter((id) => privateIds.has(id));
  const shared = list.filter((id) => !privateIds.has(id));
  const out: [Y.Doc, string[]][] = [];
  if (shared.length > 0) out.push([live.board, shared]);
  if (mine.length > 0 && live.privateDoc) out.push([live.privateDoc, mine]);
  return out;
}

/**
 * Where a new note on `boardId` goes: this person's private document while a private brainstorm
 * runs there, else the board document. Null when this user may not write, or when the private
 * document is not open yet: a note then must not land on the board for everyone (said so).
 */
export function newNoteDoc(boardId: string): Y.Doc | null {
  const live = editableSession();
  if (!live) return null;
  const mode = usePrivacy.getState().privateMode;
  if (!mode?.active || mode.boardId !== boardId) return live.board;
  if (!live.privateDoc) showToast(t('privacy.notReady'), 'error');
  return live.privateDoc ?? null;
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

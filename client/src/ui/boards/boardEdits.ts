import {
  addBoardFromTemplate,
  canWrite,
  moveBoard,
  readBoards,
  readSessionMeta,
  removeBoard,
  renameBoard,
  type BoardTemplate,
} from '@cocreate/shared';
import { getLiveSession, type LiveSession } from '../../sync/liveSession.js';
import { useStore } from '../../store/index.js';
import { viewBoard } from '../../store/uiActions.js';
import { useLanguage } from '../i18n/index.js';

// The facilitator's changes to the board list (control document). Others' writes would be dropped
// by the server anyway; the UI does not offer them.

/**
 * Origin of a new board's template layout. Adding the board is no undo step (the list is not
 * undone), so this user's Ctrl+Z must not strip the layout off the board either.
 */
const TEMPLATE_ORIGIN = Object.freeze({ source: 'board-template' as const });

/** The live session if this user may edit the board list, else null. */
function listEditor(): LiveSession | null {
  const live = getLiveSession();
  return live && canWrite(live.role, 'control') ? live : null;
}

/** Adds a board from `template` after the one being viewed, laid out in the session's language, and shows it. */
export function addBoardFrom(template: BoardTemplate): void {
  const live = listEditor();
  if (!live) return;
  const language = readSessionMeta(live.control)?.language ?? useLanguage.getState().language;
  const afterId = useStore.getState().boardId ?? undefined;
  const board = addBoardFromTemplate(live.control, live.board, { template, language, afterId }, { origin: TEMPLATE_ORIGIN });
  viewBoard(board.id);
}

/** Renames a board (the title must already be valid: see boardTitle.ts). */
export function renameBoardTo(id: string, title: string): void {
  const live = listEditor();
  if (live) renameBoard(live.control, id, title);
}

/** Moves a board `by` places up (negative) or down the list. */
export function moveBoardBy(id: string, by: number): void {
  const live = listEditor();
  if (!live) return;
  const at = readBoards(live.control).findIndex((b) => b.id === id);
  if (at >= 0) moveBoard(live.control, id, at + by);
}

/** Moves a board to position `to` of the list without it (see dropPosition.ts). */
export function moveBoardTo(id: string, to: number): void {
  const live = listEditor();
  if (live) moveBoard(live.control, id, to);
}

/** Removes a board from the list (refused for the last one); its items stay in the board document. */
export function removeBoardFromList(id: string): void {
  const live = listEditor();
  if (live) removeBoard(live.control, id);
}

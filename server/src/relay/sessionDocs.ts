import { boardDocName, controlDocName } from '@cocreate/shared';
import * as Y from 'yjs';
import { log } from '../log.js';
import type { InitialDoc } from '../store/Store.js';
import { boardPicture } from './boardPicture.js';

/** A new session's documents by name, as the store creates them. */
export function sessionDocs(sessionId: string, control: InitialDoc, board: InitialDoc): Map<string, InitialDoc> {
  return new Map([
    [controlDocName(sessionId), control],
    [boardDocName(sessionId), board],
  ]);
}

/**
 * A board the server built (a new, imported or follow-up session's), as stored: its state and its
 * picture, so its first visitor sees it drawn before the state is applied. A picture that cannot
 * be made is logged and left out; the session is created without it.
 */
export function builtBoard(board: Y.Doc): InitialDoc {
  const state = Y.encodeStateAsUpdate(board);
  try {
    return { state, picture: boardPicture(board) };
  } catch (err) {
    log.error('could not picture a new board', err);
    return { state };
  }
}

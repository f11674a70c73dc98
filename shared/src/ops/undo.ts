import * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { LOCAL_ORIGIN } from './origin.js';

/**
 * An undo manager over the board's items that undoes only this user's changes: those made
 * through the operations with `origin`. Remote changes and presence are never undone.
 */
export function createUndoManager(doc: Y.Doc, origin: unknown = LOCAL_ORIGIN): Y.UndoManager {
  return new Y.UndoManager(itemsMap(doc), { trackedOrigins: new Set([origin]), captureTimeout: 400 });
}

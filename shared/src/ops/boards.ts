import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { boardsMap, sessionMap } from '../docs.js';
import { newId } from '../ids.js';
import { readBoards } from '../read/readControl.js';
import { BoardSchema, type Board } from '../schema/control.js';
import { originOf, type OpOptions } from './origin.js';

/** Adds a board to the control document's list (at the end, or after `afterId`); returns it. */
export function addBoard(
  control: Y.Doc,
  input: { title: string; templateId: string; id?: string; afterId?: string },
  opts?: OpOptions,
): Board {
  const boards = readBoards(control);
  const at = input.afterId === undefined ? boards.length - 1 : boards.findIndex((b) => b.id === input.afterId);
  const index = generateKeyBetween(boards[at]?.index ?? null, boards[at + 1]?.index ?? null);
  const board = BoardSchema.parse({ id: input.id ?? newId(), title: input.title, templateId: input.templateId, index });
  control.transact(() => {
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(board)) map.set(key, value);
    boardsMap(control).set(board.id, map);
  }, originOf(opts));
  return board;
}

/** Renames a board; false if it does not exist. Throws on an invalid title. */
export function renameBoard(control: Y.Doc, id: string, title: string, opts?: OpOptions): boolean {
  const map = boardsMap(control).get(id);
  if (!map) return false;
  BoardSchema.shape.title.parse(title);
  control.transact(() => map.set('title', title), originOf(opts));
  return true;
}

/** Moves a board to position `to` (0-based) of the list; false if it does not exist. */
export function moveBoard(control: Y.Doc, id: string, to: number, opts?: OpOptions): boolean {
  const map = boardsMap(control).get(id);
  if (!map) return false;
  const others = readBoards(control).filter((b) => b.id !== id);
  const at = Math.max(0, Math.min(others.length, Math.trunc(to)));
  const index = generateKeyBetween(others[at - 1]?.index ?? null, others[at]?.index ?? null);
  control.transact(() => map.set('index', index), originOf(opts));
  return true;
}

/**
 * Removes a board from the list (its items stay in the board document, so it can be restored).
 * Refuses to remove the last board. Moves the current board on if it pointed here.
 */
export function removeBoard(control: Y.Doc, id: string, opts?: OpOptions): boolean {
  const boards = readBoards(control);
  if (boards.length <= 1 || !boards.some((b) => b.id === id)) return false;
  const session = sessionMap(control);
  control.transact(() => {
    boardsMap(control).delete(id);
    if (session.get('currentBoardId') === id) session.set('currentBoardId', boards.find((b) => b.id !== id)!.id);
  }, originOf(opts));
  return true;
}

/** Sets the board the facilitator leads everyone to. */
export function setCurrentBoard(control: Y.Doc, id: string, opts?: OpOptions): boolean {
  if (!boardsMap(control).has(id)) return false;
  control.transact(() => sessionMap(control).set('currentBoardId', id), originOf(opts));
  return true;
}

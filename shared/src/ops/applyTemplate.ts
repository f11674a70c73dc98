import type * as Y from 'yjs';
import type { Language } from '../schema/common.js';
import type { BoardTemplate } from '../templates/types.js';
import { createItems, type NewItem } from './createItem.js';
import { setItemsLocked } from './locks.js';
import { originOf, type OpOptions } from './origin.js';

/** Lays a template's frames and prompt notes out on a board, in one transaction. */
export function applyTemplate(doc: Y.Doc, boardId: string, template: BoardTemplate, language: Language, opts?: OpOptions): string[] {
  const frames: NewItem[] = template.frames.map((f) => ({
    type: 'frame',
    boardId,
    x: f.x,
    y: f.y,
    width: f.width,
    height: f.height,
    title: f.title[language],
    fill: f.fill,
  }));
  const notes: NewItem[] = template.notes.map((n) => ({ type: 'note', boardId, x: n.x, y: n.y, color: n.color, text: n.text[language] }));
  return createItems(doc, [...frames, ...notes], opts);
}

/**
 * Lays a template out on a board (applyTemplate) and locks its scaffolding, the frames and their
 * titles, in the control document, so participants fill the frames without moving them.
 */
export function applyTemplateLocked(control: Y.Doc, doc: Y.Doc, boardId: string, template: BoardTemplate, language: Language, opts?: OpOptions): string[] {
  let ids: string[] = [];
  control.transact(() => {
    ids = applyTemplate(doc, boardId, template, language, opts);
    setItemsLocked(control, ids.slice(0, template.frames.length), true, opts);
  }, originOf(opts));
  return ids;
}

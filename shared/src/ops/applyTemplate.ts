import type * as Y from 'yjs';
import type { Language } from '../schema/common.js';
import type { BoardTemplate, TemplateMark } from '../templates/types.js';
import { createItems, type NewItem } from './createItem.js';
import { setItemsLocked } from './locks.js';
import { originOf, type OpOptions } from './origin.js';

const MARK_INK = '#495057';

/** A template's fixed drawing as an item: labels as text, axes as free connectors, areas as shapes. */
function markItem(boardId: string, mark: TemplateMark, language: Language): NewItem {
  switch (mark.kind) {
    case 'label':
      return {
        type: 'text',
        boardId,
        x: mark.x,
        y: mark.y,
        width: mark.width,
        height: Math.ceil(mark.fontSize * 1.25),
        fontSize: mark.fontSize,
        color: MARK_INK,
        text: mark.text[language],
      };
    case 'axis':
      return {
        type: 'connector',
        boardId,
        x: mark.from.x,
        y: mark.from.y,
        points: [mark.from.x, mark.from.y, mark.to.x, mark.to.y],
        stroke: MARK_INK,
        arrow: 'end',
        fromId: null,
        toId: null,
      };
    case 'area':
      return {
        type: 'shape',
        boardId,
        shape: mark.shape,
        x: mark.x,
        y: mark.y,
        width: mark.width,
        height: mark.height,
        fill: mark.fill,
        stroke: mark.stroke,
      };
  }
}

/** Lays a template's frames, fixed drawing (axes, labels, map rings) and prompt notes out on a board, in one transaction. */
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
  const marks = template.marks.map((m) => markItem(boardId, m, language));
  const notes: NewItem[] = template.notes.map((n) => ({ type: 'note', boardId, x: n.x, y: n.y, color: n.color, text: n.text[language] }));
  return createItems(doc, [...frames, ...marks, ...notes], opts);
}

/**
 * Lays a template out on a board (applyTemplate) and locks its scaffolding, the frames and their
 * titles, in the control document, so participants fill the frames without moving them.
 */
export function applyTemplateLocked(
  control: Y.Doc,
  doc: Y.Doc,
  boardId: string,
  template: BoardTemplate,
  language: Language,
  opts?: OpOptions,
): string[] {
  let ids: string[] = [];
  control.transact(() => {
    ids = applyTemplate(doc, boardId, template, language, opts);
    setItemsLocked(control, ids.slice(0, template.frames.length), true, opts);
  }, originOf(opts));
  return ids;
}

import type * as Y from 'yjs';
import { newId } from '../ids.js';
import type { Language } from '../schema/common.js';
import type { Board } from '../schema/control.js';
import type { BoardTemplate } from '../templates/types.js';
import { applyTemplateLocked } from './applyTemplate.js';
import { addBoard } from './boards.js';
import { originOf, type OpOptions } from './origin.js';

/**
 * Adds a board made from `template` (titled and laid out in `language`) after `afterId`, or at the
 * end, its frames locked. The content goes into the board document first, so the board never shows up empty in anyone's
 * list; until the list names it, that content belongs to no board and nobody sees it.
 */
export function addBoardFromTemplate(
  control: Y.Doc,
  board: Y.Doc,
  input: { template: BoardTemplate; language: Language; afterId?: string },
  opts?: OpOptions,
): Board {
  const id = newId();
  let added: Board | undefined;
  control.transact(() => {
    applyTemplateLocked(control, board, id, input.template, input.language, opts);
    added = addBoard(
      control,
      { id, title: input.template.title[input.language], templateId: input.template.id, afterId: input.afterId },
      opts,
    );
  }, originOf(opts));
  return added!;
}

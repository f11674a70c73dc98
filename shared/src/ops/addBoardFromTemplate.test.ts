import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoards } from '../read/readControl.js';
import { readItems } from '../read/readItems.js';
import { findTemplate } from '../templates/boardTemplates.js';
import { addBoardFromTemplate } from './addBoardFromTemplate.js';
import { addBoard } from './boards.js';
import { isItemLocked } from '../read/locks.js';

describe('addBoardFromTemplate', () => {
  it('adds the board after the given one, titled and laid out in the chosen language', () => {
    const control = new Y.Doc();
    const board = new Y.Doc();
    for (const id of ['a', 'b']) addBoard(control, { id, title: id.toUpperCase(), templateId: 'blank' });
    const template = findTemplate('test')!;

    const added = addBoardFromTemplate(control, board, { template, language: 'nl', afterId: 'a' });

    expect(readBoards(control).map((b) => b.id)).toEqual(['a', added.id, 'b']);
    expect(added).toMatchObject({ title: template.title.nl, templateId: 'test' });
    const frames = readItems(board, added.id).filter((i) => i.type === 'frame');
    expect(frames.map((f) => f.type === 'frame' && f.title)).toEqual(template.frames.map((f) => f.title.nl));
  });

  it('locks the template’s frames (its scaffolding) in the same control update as the list entry, not its prompt notes', () => {
    const control = new Y.Doc();
    const board = new Y.Doc();
    let controlUpdates = 0;
    control.on('update', () => controlUpdates++);
    const added = addBoardFromTemplate(control, board, { template: findTemplate('ideate')!, language: 'en' });
    const items = readItems(board, added.id);
    expect(items.some((i) => i.type === 'frame')).toBe(true);
    for (const item of items) expect(isItemLocked(control, item.id)).toBe(item.type === 'frame');
    expect(controlUpdates).toBe(1);
  });

  it('writes the content before the list entry, so a board never appears empty', () => {
    const control = new Y.Doc();
    const board = new Y.Doc();
    const order: string[] = [];
    board.on('afterTransaction', () => order.push('content'));
    control.on('afterTransaction', () => order.push('list'));

    addBoardFromTemplate(control, board, { template: findTemplate('ideate')!, language: 'en' });

    expect(order).toEqual(['content', 'list']);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardsMap, sessionMap } from '../docs.js';
import { readBoards, readSessionMeta } from '../read/readControl.js';
import { readItems } from '../read/readItems.js';
import { BOARD_TEMPLATES, DEFAULT_FLOW } from '../templates/boardTemplates.js';
import { LOCAL_ORIGIN } from './origin.js';
import { initSession, updateSessionMeta } from './session.js';
import { isItemLocked } from '../read/locks.js';

function newSession(language: 'en' | 'nl' = 'en', flow?: string[]) {
  const control = new Y.Doc();
  const board = new Y.Doc();
  const meta = initSession(control, board, {
    title: 'Workshop',
    language,
    challenge: 'Less food waste',
    createdAt: 1234,
    ...(flow ? { flow } : {}),
  });
  return { control, board, meta };
}

describe('initSession', () => {
  it('writes the meta data and the seven-board default flow, current board the first', () => {
    const { control, meta } = newSession();
    const boards = readBoards(control);
    expect(boards.map((b) => b.templateId)).toEqual([...DEFAULT_FLOW]);
    expect(boards).toHaveLength(7);
    expect(meta).toEqual({
      title: 'Workshop',
      language: 'en',
      challenge: 'Less food waste',
      currentBoardId: boards[0]!.id,
      phase: 'partners',
      createdAt: 1234,
      previousSessionId: null,
    });
    expect(readSessionMeta(control)).toEqual(meta);
  });

  it('lays every board’s template frames on its own board, in the session language', () => {
    for (const language of ['en', 'nl'] as const) {
      const { control, board } = newSession(language);
      for (const b of readBoards(control)) {
        const template = BOARD_TEMPLATES.find((t) => t.id === b.templateId)!;
        expect(b.title).toBe(template.title[language]);
        const frames = readItems(board, b.id).filter((i) => i.type === 'frame');
        expect(frames.map((f) => f.type === 'frame' && f.title).sort()).toEqual(template.frames.map((f) => f.title[language]).sort());
      }
    }
  });

  it('locks every template frame, and nothing else', () => {
    const { control, board } = newSession();
    const items = readItems(board);
    expect(items.filter((i) => i.type === 'frame').length).toBeGreaterThan(0);
    for (const item of items) expect(isItemLocked(control, item.id)).toBe(item.type === 'frame');
  });

  it('makes every item it creates valid (readers skip nothing)', () => {
    const { board } = newSession();
    expect(readItems(board).length).toBe(board.getMap('items').size);
    expect(board.getMap('items').size).toBeGreaterThan(0);
  });

  it('uses the blank template for an unknown template id in a custom flow', () => {
    const { control, board } = newSession('en', ['ideate', 'no-such-template']);
    expect(readBoards(control).map((b) => b.templateId)).toEqual(['ideate', 'blank']);
    expect(readItems(board, readBoards(control)[1]!.id)).toEqual([]);
  });

  it('writes each document in one transaction with the local origin', () => {
    const control = new Y.Doc();
    const board = new Y.Doc();
    const origins: unknown[] = [];
    control.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    board.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    initSession(control, board, { title: 'T', language: 'en' });
    expect(origins).toEqual([LOCAL_ORIGIN, LOCAL_ORIGIN]);
  });

  it('refuses an invalid title and writes nothing', () => {
    const control = new Y.Doc();
    const board = new Y.Doc();
    expect(() => initSession(control, board, { title: '', language: 'en' })).toThrow();
    expect(sessionMap(control).size).toBe(0);
    expect(boardsMap(control).size).toBe(0);
    expect(board.getMap('items').size).toBe(0);
  });
});

describe('updateSessionMeta', () => {
  it('changes the given fields and refuses invalid ones', () => {
    const { control } = newSession();
    updateSessionMeta(control, { phase: 'ideate', challenge: 'New challenge' });
    expect(readSessionMeta(control)).toMatchObject({ phase: 'ideate', challenge: 'New challenge', title: 'Workshop' });
    expect(() => updateSessionMeta(control, { phase: 'party' as 'ideate' })).toThrow();
    expect(() => updateSessionMeta(control, { title: '' })).toThrow();
    expect(readSessionMeta(control)).toMatchObject({ phase: 'ideate', title: 'Workshop' });
  });
});

import type * as Y from 'yjs';
import { sessionMap } from '../docs.js';
import type { Language } from '../schema/common.js';
import { SessionMetaSchema, type Phase, type SessionMeta } from '../schema/control.js';
import { DEFAULT_FLOW, findTemplate } from '../templates/boardTemplates.js';
import { addBoard } from './boards.js';
import { applyTemplateLocked } from './applyTemplate.js';
import { originOf, type OpOptions } from './origin.js';

/** What a new session starts from. */
export interface NewSession {
  title: string;
  language: Language;
  challenge?: string;
  /** Template ids of the boards, in order (default: the seven-board co-creation flow). */
  flow?: readonly string[];
  createdAt?: number;
}

/**
 * Fills a new session's two documents: meta data and board list in the control document, each
 * board's template content (frames, prompts) in the board document, in the template language, its
 * frames locked.
 */
export function initSession(control: Y.Doc, board: Y.Doc, input: NewSession, opts?: OpOptions): SessionMeta {
  const flow = (input.flow ?? DEFAULT_FLOW).map((id) => findTemplate(id) ?? findTemplate('blank')!);
  const meta = SessionMetaSchema.parse({
    title: input.title,
    language: input.language,
    challenge: input.challenge ?? '',
    currentBoardId: null,
    phase: flow.find((t) => t.phase !== null)?.phase ?? ('partners' satisfies Phase),
    createdAt: input.createdAt ?? Date.now(),
  });
  control.transact(() => {
    const boards = flow.map((t) => addBoard(control, { title: t.title[input.language], templateId: t.id }, opts));
    meta.currentBoardId = boards[0]!.id;
    const map = sessionMap(control);
    for (const [key, value] of Object.entries(meta)) map.set(key, value);
    board.transact(() => {
      for (const [i, t] of flow.entries()) applyTemplateLocked(control, board, boards[i]!.id, t, input.language, opts);
    }, originOf(opts));
  }, originOf(opts));
  return meta;
}

/** Changes session meta data (title, challenge, phase, …); throws on invalid values. */
export function updateSessionMeta(control: Y.Doc, patch: Partial<SessionMeta>, opts?: OpOptions): void {
  const map = sessionMap(control);
  SessionMetaSchema.partial().parse(patch);
  control.transact(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) map.set(key, value);
  }, originOf(opts));
}

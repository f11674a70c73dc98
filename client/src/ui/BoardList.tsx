import type { MouseEvent } from 'react';
import { useStore } from '../store/index.js';
import { viewBoard } from '../store/uiActions.js';
import { useT } from './i18n/index.js';

/**
 * The session's boards (from the control document), in order; choosing one shows it. Entries are
 * links, not buttons, so a board's title never collides with a tool's name.
 */
export function BoardList() {
  const t = useT();
  const boards = useStore((s) => s.boards);
  const boardId = useStore((s) => s.boardId);
  const currentBoardId = useStore((s) => s.currentBoardId);
  const open = (e: MouseEvent, id: string) => {
    e.preventDefault();
    viewBoard(id);
  };
  return (
    <nav aria-label={t('boards')} className="board-list">
      <h2 className="panel-heading">{t('boards')}</h2>
      <ol>
        {boards.map((board, i) => (
          <li key={board.id}>
            <a href={`#board=${board.id}`} aria-current={board.id === boardId ? 'page' : undefined} onClick={(e) => open(e, board.id)}>
              <span className="board-number" aria-hidden="true">{i + 1}</span>
              <span className="board-title">{board.title}</span>
              {board.id === currentBoardId && <span className="board-live" title={t('role.facilitator')} aria-hidden="true" />}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

import { useRef, useState, type MouseEvent } from 'react';
import { canWrite, type Board } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { viewBoard } from '../../store/uiActions.js';
import { ConfirmDialog } from '../ConfirmDialog.js';
import { Icon } from '../Icon.js';
import { useT } from '../i18n/index.js';
import { AddBoard } from './AddBoard.js';
import { BoardMenu } from './BoardMenu.js';
import { BoardTitleField } from './BoardTitleField.js';
import { removeBoardFromList } from './boardEdits.js';
import { useBoardDrag } from './useBoardDrag.js';
import './boards.css';

/**
 * The session's boards (from the control document), in order; choosing one shows it. Entries are
 * links, not buttons, so a board's title never collides with a tool's name. The facilitator, who
 * alone may write the list, also adds, renames (double click, F2 or the menu), moves and removes.
 */
export function BoardList() {
  const t = useT();
  const boards = useStore((s) => s.boards);
  const boardId = useStore((s) => s.boardId);
  const currentBoardId = useStore((s) => s.currentBoardId);
  const lockedBoards = useStore((s) => s.locks.boards);
  const editable = useStore((s) => s.role !== null && canWrite(s.role, 'control'));
  const [renaming, setRenaming] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Board | null>(null);
  const drag = useBoardDrag(boards);
  const nav = useRef<HTMLElement>(null);

  const open = (e: MouseEvent, id: string) => {
    e.preventDefault();
    viewBoard(id);
  };
  /** Focuses a board's link once the list has re-rendered (the viewed board's, if that one is gone). */
  const focusEntry = (id: string) =>
    requestAnimationFrame(() => {
      const list = nav.current;
      (list?.querySelector<HTMLElement>(`a[data-board="${id}"]`) ?? list?.querySelector<HTMLElement>('a[aria-current="page"]'))?.focus();
    });

  return (
    <nav ref={nav} aria-label={t('boards')} className={editable ? 'board-list editable' : 'board-list'}>
      <h2 className="panel-heading">{t('boards')}</h2>
      <ol {...(editable ? drag.listProps : {})}>
        {boards.map((board, i) => (
          <li
            key={board.id}
            className={editable ? drag.dropClass(i) : undefined}
            {...(editable && renaming !== board.id ? drag.entryProps(board, i) : {})}
          >
            {renaming === board.id ? (
              <BoardTitleField
                board={board}
                onDone={(refocus) => {
                  setRenaming(null);
                  if (refocus) focusEntry(board.id);
                }}
              />
            ) : (
              <a
                href={`#board=${board.id}`}
                data-board={board.id}
                aria-current={board.id === boardId ? 'page' : undefined}
                onClick={(e) => open(e, board.id)}
                onDoubleClick={editable ? () => setRenaming(board.id) : undefined}
                // F2 renames, as in file lists: the keyboard's way to the double click.
                onKeyDown={(e) => {
                  if (editable && e.key === 'F2') setRenaming(board.id);
                }}
              >
                <span className="board-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="board-title">{board.title}</span>
                {lockedBoards.has(board.id) && (
                  <span className="board-lock" title={t('lock.boardBadge')} aria-hidden="true">
                    <Icon name="lock" size={14} />
                  </span>
                )}
                {board.id === currentBoardId && <span className="board-live" title={t('role.facilitator')} aria-hidden="true" />}
              </a>
            )}
            {editable && renaming !== board.id && (
              <BoardMenu
                board={board}
                index={i}
                count={boards.length}
                onRename={() => setRenaming(board.id)}
                onRemove={() => setRemoving(board)}
              />
            )}
          </li>
        ))}
      </ol>
      {editable && <AddBoard />}
      {removing && (
        <ConfirmDialog
          title={t('boardList.removeTitle', { title: removing.title })}
          body={t('boardList.removeBody')}
          confirm={t('boardList.removeConfirm')}
          onConfirm={() => removeBoardFromList(removing.id)}
          onClose={() => {
            setRemoving(null);
            focusEntry(removing.id);
          }}
        />
      )}
    </nav>
  );
}

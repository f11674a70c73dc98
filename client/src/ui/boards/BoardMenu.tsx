import { setBoardLocked, type Board } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { getLiveSession } from '../../sync/liveSession.js';
import { Menu } from '../Menu.js';
import { useT } from '../i18n/index.js';
import { moveBoardBy } from './boardEdits.js';

/** The facilitator's actions on one board of the list: rename, move up or down, lock or unlock, remove. */
export function BoardMenu(props: { board: Board; index: number; count: number; onRename: () => void; onRemove: () => void }) {
  const { board, index, count } = props;
  const t = useT();
  const locked = useStore((s) => s.locks.boards.has(board.id));
  const toggleLock = () => {
    const live = getLiveSession();
    if (live) setBoardLocked(live.control, board.id, !locked);
  };
  return (
    <Menu
      className="board-menu-button"
      icon="more"
      label={t('boardList.options', { title: board.title })}
      entries={[
        { label: t('boardList.rename'), onSelect: props.onRename },
        { label: t('boardList.moveUp'), onSelect: () => moveBoardBy(board.id, -1), disabled: index === 0 },
        { label: t('boardList.moveDown'), onSelect: () => moveBoardBy(board.id, 1), disabled: index === count - 1 },
        { label: t(locked ? 'unlockBoard' : 'lockBoard'), onSelect: toggleLock },
        { label: t('boardList.remove'), onSelect: props.onRemove, disabled: count <= 1, hint: t('boardList.lastBoard') },
      ]}
    />
  );
}

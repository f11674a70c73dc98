import { useId, useRef, useState } from 'react';
import type { Board } from '@cocreate/shared';
import { useT } from '../i18n/index.js';
import { MAX_BOARD_TITLE, boardTitleProblem } from './boardTitle.js';
import { renameBoardTo } from './boardEdits.js';

/**
 * A board's title edited in place: Enter saves, Escape cancels, leaving the field saves a valid
 * title and drops an invalid one. `onDone(refocus)` ends editing; refocus when the keyboard ended it.
 */
export function BoardTitleField({ board, onDone }: { board: Board; onDone: (refocus: boolean) => void }) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(board.title);
  const [tried, setTried] = useState(false);
  // Ending removes the field, which may blur it: the first way out wins.
  const ended = useRef(false);
  const problem = boardTitleProblem(value);
  // Too long shows as one types; empty only once saving was tried (a cleared field is a normal step).
  const shown = problem === 'tooLong' || (tried && problem) ? problem : null;

  const end = (save: boolean, refocus: boolean) => {
    if (ended.current) return;
    ended.current = true;
    const title = value.trim();
    if (save && title !== board.title) renameBoardTo(board.id, title);
    onDone(refocus);
  };

  return (
    <div className="board-title-edit">
      <input
        // Opened by a double click or a menu choice: typing goes straight here.
        // biome-ignore lint/a11y/noAutofocus: the field exists only because the person asked to rename
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        aria-label={t('boardList.boardTitle')}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-hint` : undefined}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (problem) setTried(true);
            else end(true, true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            end(false, true);
          }
        }}
        onBlur={() => end(problem === null, false)}
      />
      {shown && (
        <p id={`${id}-hint`} className="field-hint" role="alert">
          {shown === 'empty' ? t('boardList.titleEmpty') : t('boardList.titleTooLong', { max: MAX_BOARD_TITLE })}
        </p>
      )}
    </div>
  );
}

import { useState, type DragEvent } from 'react';
import type { Board } from '@cocreate/shared';
import { moveBoardTo } from './boardEdits.js';
import { dropPosition } from './dropPosition.js';

/** Drag data type of a board entry (only this list accepts it; the canvas ignores it). */
const BOARD_TYPE = 'application/x-cocreate-board';

/** Where a dragged board would land: before or after the entry at `over`. */
interface DropTarget {
  over: number;
  after: boolean;
}

function isLowerHalf(e: DragEvent<HTMLElement>): boolean {
  const box = e.currentTarget.getBoundingClientRect();
  return e.clientY > box.top + box.height / 2;
}

/**
 * Reordering the board list by (native) drag and drop, for the mouse and tablets that drag; the
 * per-board menu's Move up / Move down do the same from the keyboard and for screen readers.
 */
export function useBoardDrag(boards: readonly Board[]) {
  const [target, setTarget] = useState<DropTarget | null>(null);
  const clear = () => setTarget(null);
  return {
    /** Class of entry `i` showing the drop line above or below it. */
    dropClass(i: number): string | undefined {
      if (target?.over !== i) return undefined;
      return target.after ? 'drop-after' : 'drop-before';
    },
    /** Props of the list: the line goes when the drag leaves it. */
    listProps: {
      onDragLeave(e: DragEvent<HTMLElement>) {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) clear();
      },
    },
    /** Props of the entry of `board` at position `i`. */
    entryProps(board: Board, i: number) {
      return {
        draggable: true,
        onDragStart(e: DragEvent<HTMLElement>) {
          // Only the board's id travels: the link's URL would let a drop elsewhere open it.
          e.dataTransfer.clearData();
          e.dataTransfer.setData(BOARD_TYPE, board.id);
          e.dataTransfer.effectAllowed = 'move';
        },
        onDragOver(e: DragEvent<HTMLElement>) {
          if (!e.dataTransfer.types.includes(BOARD_TYPE)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
          const after = isLowerHalf(e);
          if (target?.over !== i || target.after !== after) setTarget({ over: i, after });
        },
        onDrop(e: DragEvent<HTMLElement>) {
          const id = e.dataTransfer.getData(BOARD_TYPE);
          const from = boards.findIndex((b) => b.id === id);
          clear();
          if (from < 0) return;
          e.preventDefault();
          moveBoardTo(id, dropPosition(from, i, isLowerHalf(e)));
        },
        onDragEnd: clear,
      };
    },
  };
}

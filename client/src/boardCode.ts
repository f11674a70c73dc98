type BoardView = typeof import('./canvas/Board.js').Board;

let code: Promise<BoardView> | null = null;
let loaded: BoardView | null = null;

/**
 * Starts loading the board's code (Konva and the canvas) once, and gives its view. The first
 * script starts it for a session's link, beside the shell's code and the documents, instead of
 * after the shell's modules have run (300 ms later on a slow laptop).
 */
export function loadBoardCode(): Promise<BoardView> {
  code ??= import('./canvas/Board.js').then((m) => {
    loaded = m.Board;
    return m.Board;
  });
  return code;
}

/** The board's view if its code is in, else null. */
export function loadedBoardView(): BoardView | null {
  return loaded;
}

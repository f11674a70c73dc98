/** Font of every text on the board; the in-place editor uses the same so text does not jump. */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/** Line height of board text, as a multiple of the font size. */
export const LINE_HEIGHT = 1.25;

/** Inner padding of notes and shape labels, board units. */
export const TEXT_PADDING = 16;

/** Line width of connectors, board units. */
export const CONNECTOR_WIDTH = 2;

/** Length and width of a connector's arrow head, board units. */
export const CONNECTOR_HEAD = 14;

/** Selection and focus colour. */
export const ACCENT = '#1971c2';

/** Konva props every content node shares: no hit graph, no perfect-draw buffer (faster). */
export const CHEAP = { listening: false, perfectDrawEnabled: false } as const;

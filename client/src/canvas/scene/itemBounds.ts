import type { Item, Rect } from '@cocreate/shared';
import { noteDrawnHeight } from '../items/measureText.js';

/** Frame titles are at least this big, board units. */
const FRAME_TITLE_MIN_FONT = 24;
/** Zoomed out, frame titles keep this screen size, so a board's structure stays readable on a projector. */
const FRAME_TITLE_SCREEN_PX = 14;
/** Space between a frame's title and its top edge (and above the title), board units at most scales. */
export const FRAME_TITLE_GAP = 8;

/** Frame titles are never wider, per character, than this share of their frame's width. */
const FRAME_TITLE_MAX_SHARE = 0.1;

/**
 * Font size of a frame's title at `scale`, board units: a constant screen size when zoomed out,
 * but never so big that a title stops fitting its frame (far out, titles shrink with the board).
 */
export function frameTitleFontSize(scale: number, frameWidth: number): number {
  return Math.max(FRAME_TITLE_MIN_FONT, Math.min(FRAME_TITLE_SCREEN_PX / scale, frameWidth * FRAME_TITLE_MAX_SHARE));
}

/** Height of the band above a frame that holds its title at `scale` (a press there hits the frame). */
export function frameTitleBand(scale: number, frameWidth: number): number {
  return frameTitleFontSize(scale, frameWidth) + 2 * FRAME_TITLE_GAP;
}

/** The title band at 100 %, the part of a frame indexed and caught by a marquee. */
export const FRAME_TITLE_HEIGHT = frameTitleBand(1, 0);

/** The board area an item covers when drawn: its box, plus a frame's title band, a stroke's width and a note's grown text. */
export function itemBounds(item: Item): Rect {
  switch (item.type) {
    case 'note':
      return { x: item.x, y: item.y, width: item.width, height: noteDrawnHeight(item) };
    case 'frame':
      return { x: item.x, y: item.y - FRAME_TITLE_HEIGHT, width: item.width, height: item.height + FRAME_TITLE_HEIGHT };
    case 'stroke': {
      const pad = item.strokeWidth / 2;
      return { x: item.x - pad, y: item.y - pad, width: item.width + 2 * pad, height: item.height + 2 * pad };
    }
    default:
      return { x: item.x, y: item.y, width: item.width, height: item.height };
  }
}

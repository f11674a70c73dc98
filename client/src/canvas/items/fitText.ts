import { LINE_HEIGHT, TEXT_PADDING } from './style.js';

/** Font sizes a note steps down through as its text grows, largest first (board units). */
const NOTE_FONT_SIZES = [28, 24, 20, 17, 14];

/**
 * The smallest note font, in board units: legible at 100 % (and on a projector). Text that does
 * not fit at this size is not shrunk further, and not cut: the note grows downwards to show it.
 */
export const MIN_NOTE_FONT_SIZE = 12;

/** Lines `text` wraps to at `fontSize` within `width` units. */
export type MeasureLines = (text: string, fontSize: number, width: number) => number;

/**
 * Average glyph width of the board font as a fraction of its size (a cheap stand-in for
 * measuring text, for where no canvas is at hand).
 */
export const GLYPH_WIDTH = 0.55;

/** Lines `text` wraps to at `fontSize` in `width` units, estimated from its length. */
export function estimateLines(text: string, fontSize: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * GLYPH_WIDTH)));
  return text.split('\n').reduce((sum, para) => sum + Math.max(1, Math.ceil(para.length / perLine)), 0);
}

/** How a note's text is drawn: its font size and the height of the box it is centred in. */
export interface NoteTextLayout {
  fontSize: number;
  /** The note's height, or more when even the smallest font needs more room (the note grows). */
  height: number;
}

/**
 * The largest note font at which `text` fits a `width` × `height` note, as sticky notes shrink
 * their text; below the legible minimum the note grows instead, so every word stays visible.
 */
export function fitNoteText(text: string, width: number, height: number, measure: MeasureLines = estimateLines): NoteTextLayout {
  const w = Math.max(1, width - 2 * TEXT_PADDING);
  const textHeight = (size: number) => measure(text, size, w) * size * LINE_HEIGHT;
  const fits = (size: number) => textHeight(size) <= height - 2 * TEXT_PADDING;
  // Text height grows with the font size, so a binary search finds the largest size that fits
  // in a few measurements (long texts cost the most to measure).
  let lo = 0;
  let hi = NOTE_FONT_SIZES.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(NOTE_FONT_SIZES[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  if (lo < NOTE_FONT_SIZES.length) return { fontSize: NOTE_FONT_SIZES[lo]!, height };
  return { fontSize: MIN_NOTE_FONT_SIZE, height: Math.max(height, Math.ceil(textHeight(MIN_NOTE_FONT_SIZE) + 2 * TEXT_PADDING)) };
}

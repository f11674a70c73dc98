import { LINE_HEIGHT, TEXT_PADDING } from './style.js';

/** Font sizes a note steps down through as its text grows, largest first (board units). */
const NOTE_FONT_SIZES = [28, 24, 20, 17, 14, 12, 10, 8];

// Average glyph width of the board font as a fraction of its size (a cheap stand-in for
// measuring text, good enough to pick a size; Konva wraps the text precisely).
const GLYPH_WIDTH = 0.55;

/** Lines `text` wraps to at `fontSize` in `width` units, estimated from its length. */
export function estimateLines(text: string, fontSize: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * GLYPH_WIDTH)));
  return text.split('\n').reduce((sum, para) => sum + Math.max(1, Math.ceil(para.length / perLine)), 0);
}

/** The largest note font size at which `text` fits a box of `width` × `height`, as sticky notes shrink their text. */
export function noteFontSize(text: string, width: number, height: number): number {
  const w = width - 2 * TEXT_PADDING;
  const h = height - 2 * TEXT_PADDING;
  for (const size of NOTE_FONT_SIZES) {
    if (estimateLines(text, size, w) * size * LINE_HEIGHT <= h) return size;
  }
  return NOTE_FONT_SIZES[NOTE_FONT_SIZES.length - 1]!;
}

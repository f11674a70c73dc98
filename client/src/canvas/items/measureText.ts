import type { Note } from '@cocreate/shared';
import { GLYPH_WIDTH, MIN_NOTE_FONT_SIZE, estimateLines, fitNoteText, type NoteTextLayout } from './fitText.js';
import { FONT_FAMILY, LINE_HEIGHT, TEXT_PADDING } from './style.js';
import { wrapText, type TextLine } from './wrapText.js';

// One detached 2D context measures every text the board lays out itself; null where there is no canvas.
let measuring: { context: CanvasRenderingContext2D; font: string } | null | undefined;

/** The metrics of `text` in the CSS `font` (kerned, as the board draws it); null where there is no canvas. */
export function measureIn(font: string, text: string): TextMetrics | null {
  if (measuring === undefined) {
    const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    measuring = context ? { context, font: '' } : null;
  }
  if (!measuring) return null;
  // Setting a font parses it: only when it changes.
  if (measuring.font !== font) {
    measuring.context.font = font;
    measuring.font = font;
  }
  return measuring.context.measureText(text);
}

// Layouts by size and text: a note is laid out once, not on every render (nor again when it comes
// back into view). Bounded, as texts change; a note's text is measured at a few font sizes, so
// there is room for a few entries per note of a 5,000-note board.
const CACHE_LIMIT = 20_000;
const layouts = new Map<string, NoteTextLayout>();
const wrapped = new Map<string, TextLine[]>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

// Widths of the words and runs of spaces that lines are made of, measured once at REFERENCE_SIZE
// and scaled: a canvas measures a string in proportion to its font size and as the sum of its
// words and spaces, so a note's text is measured word by word once, for every size it is tried
// at and every line that wrapping tries, instead of each candidate line afresh in each size.
const REFERENCE_SIZE = 100;
const REFERENCE_FONT = `${REFERENCE_SIZE}px ${FONT_FAMILY}`;
const WORDS_AND_SPACES = /( +)/;
const pieceWidths = new Map<string, number>();

/** The width of `text` in the board font at `fontSize` (board units), as the canvas draws it. */
function textWidth(text: string, fontSize: number): number {
  let sum = 0;
  for (const piece of text.split(WORDS_AND_SPACES)) {
    if (piece === '') continue;
    sum += cached(pieceWidths, piece, () => measureIn(REFERENCE_FONT, piece)?.width ?? piece.length * GLYPH_WIDTH * REFERENCE_SIZE);
  }
  return (sum * fontSize) / REFERENCE_SIZE;
}

/**
 * The lines `text` wraps to at `fontSize` within `width`, wrapped by word as Konva wraps them
 * (cached: fitting a note's text measures it at a few sizes, and drawing it needs the last one).
 */
function wrapLines(text: string, fontSize: number, width: number): TextLine[] {
  return cached(wrapped, `${fontSize}/${width}:${text}`, () => wrapText(text, width, (s) => textWidth(s, fontSize)));
}

/** How many lines `text` wraps to at `fontSize` within `width`, as the board draws it. */
function lineCount(text: string, fontSize: number, width: number): number {
  return wrapLines(text, fontSize, width).length;
}

/** How a note's text is drawn on the board and in its editor (cached). */
export function noteTextLayout(note: Pick<Note, 'text' | 'width' | 'height'>): NoteTextLayout {
  return cached(layouts, `${note.width}x${note.height}:${note.text}`, () => fitNoteText(note.text, note.width, note.height, lineCount));
}

/**
 * A font size a note's text is drawn at or above, without measuring it: laid out as if it needed
 * twice the lines its length suggests, and one more (word wrap and wide glyphs need fewer).
 */
export function noteFontAtLeast(note: Pick<Note, 'text' | 'width' | 'height'>): number {
  return fitNoteText(note.text, note.width, note.height, (text, size, width) => 2 * estimateLines(text, size, width) + 1).fontSize;
}

/** The lines a note's text is drawn in, at its layout's font size (cached). */
export function noteTextLines(note: Pick<Note, 'text' | 'width' | 'height'>): TextLine[] {
  const { fontSize } = noteTextLayout(note);
  return wrapLines(note.text, fontSize, Math.max(1, note.width - 2 * TEXT_PADDING));
}

/**
 * The height a note is drawn at: its own, or more when its text grows it. Cheap for the many
 * notes whose text clearly fits (a length estimate), so indexing a huge board stays fast.
 */
export function noteDrawnHeight(note: Pick<Note, 'text' | 'width' | 'height'>): number {
  const room = note.height - 2 * TEXT_PADDING;
  const estimate =
    estimateLines(note.text, MIN_NOTE_FONT_SIZE, Math.max(1, note.width - 2 * TEXT_PADDING)) * MIN_NOTE_FONT_SIZE * LINE_HEIGHT;
  // Word wrap needs more lines than the estimate, but not half again as many.
  if (estimate * 1.5 < room) return note.height;
  return noteTextLayout(note).height;
}

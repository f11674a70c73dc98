import type Konva from 'konva';
import { TextNode, Util } from '../konva.js';
import type { Note } from '@cocreate/shared';
import { MIN_NOTE_FONT_SIZE, estimateLines, fitNoteText, type NoteTextLayout } from './fitText.js';
import { FONT_FAMILY, LINE_HEIGHT, TEXT_PADDING } from './style.js';

// One detached 2D context measures every text the board lays out itself; null where there is no canvas.
let measuring: { context: CanvasRenderingContext2D; font: string } | null | undefined;

/** The metrics of `text` in the CSS `font` (kerned, as the board draws it); null where there is no canvas. */
export function measureIn(font: string, text: string): TextMetrics | null {
  if (measuring === undefined) {
    const context = Util.createCanvasElement().getContext('2d');
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

/**
 * One detached Konva text node lays out every measurement: it wraps words exactly as the drawn
 * text does, so the chosen size really fits (an estimate from the length cut words off). Konva
 * lays a text out again on each attribute change (text, size and width: three times per
 * measurement) and measures every candidate line afresh; the probe lays out once per measurement,
 * remembers the widths of the strings it measured in each font (a board's notes share words),
 * and leaves Konva out when no paragraph needs wrapping (then each is one line, as Konva keeps it).
 */
class TextProbe extends TextNode {
  private laying = false;
  private font = '';
  private readonly widths = new Map<string, number>();

  /** The lines `text` wraps to at `fontSize` within `width`. */
  lines(text: string, fontSize: number, width: number): TextLine[] {
    this.setAttrs({ text, fontSize, width });
    this.font = this._getContextFont();
    const paragraphs = text.split('\n');
    const widths = paragraphs.map((line) => this._getTextWidth(line));
    if (widths.every((w) => w <= width)) return paragraphs.map((line, i) => ({ text: line, width: widths[i]! }));
    this.laying = true;
    super._setTextData();
    this.laying = false;
    return this.textArr.map((line) => ({ text: line.text, width: line.width }));
  }

  override _setTextData(): void {
    // Konva calls this from its constructor too, before the fields above exist.
    if (this.laying) super._setTextData();
  }

  /** The width of `text` in the probe's font, measured as Konva measures a line (kerned; the probe adds no letter spacing). */
  override _getTextWidth(text: string): number {
    const key = `${this.font}\n${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      if (this.widths.size >= CACHE_LIMIT) this.widths.clear();
      const metrics = measureIn(this.font, text);
      if (!metrics) return super._getTextWidth(text);
      width = metrics.width;
      this.widths.set(key, width);
    }
    return width;
  }
}

let probe: TextProbe | null = null;

/** One line of wrapped text and its width, board units. */
export interface TextLine {
  text: string;
  width: number;
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

/**
 * The lines `text` wraps to at `fontSize` within `width`, wrapped by word as Konva wraps them
 * (cached: fitting a note's text measures it at a few sizes, and drawing it needs the last one).
 */
export function wrapLines(text: string, fontSize: number, width: number): TextLine[] {
  return cached(wrapped, `${fontSize}/${width}:${text}`, () => {
    probe ??= new TextProbe({ fontFamily: FONT_FAMILY, lineHeight: LINE_HEIGHT, wrap: 'word', padding: 0 });
    return probe.lines(text, fontSize, width);
  });
}

/** Lines `text` wraps to at `fontSize` within `width`, wrapped by Konva as the board draws it. */
export function konvaLines(text: string, fontSize: number, width: number): number {
  return wrapLines(text, fontSize, width).length;
}

/** How a note's text is drawn on the board and in its editor (cached). */
export function noteTextLayout(note: Pick<Note, 'text' | 'width' | 'height'>): NoteTextLayout {
  return cached(layouts, `${note.width}x${note.height}:${note.text}`, () => fitNoteText(note.text, note.width, note.height, konvaLines));
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

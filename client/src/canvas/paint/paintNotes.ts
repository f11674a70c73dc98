import { noteFill, type Note } from '@cocreate/shared';
import { measureIn, noteTextLayout, noteTextLines } from '../items/measureText.js';
import { FONT_FAMILY, LINE_HEIGHT, TEXT_PADDING } from '../items/style.js';
import type { TextLine } from '../items/wrapText.js';

const TEXT_COLOR = '#1e1e1e';
const BORDER_COLOR = 'rgba(0,0,0,0.12)';
const CORNER_RADIUS = 3;

/**
 * A note as drawn: its square (grown downwards when its text needs it) and its text laid out. The
 * board's batch keeps these on its shape (as a Konva text keeps its lines): tests read what is drawn there.
 */
export interface DrawnNote {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  text: string;
  lines: readonly TextLine[];
  fontSize: number;
  fontFamily: string;
  lineHeight: number;
  padding: number;
}

// Notes are immutable records: one laid out is reused until it changes (a run is re-rendered
// whenever any note of it, or the view's region, changes).
const laidOut = new WeakMap<Note, DrawnNote>();

/** A note laid out for drawing (cached per record). */
export function drawnNote(note: Note): DrawnNote {
  let out = laidOut.get(note);
  if (!out) {
    const { fontSize, height } = noteTextLayout(note);
    const lines = note.text === '' ? [] : noteTextLines(note);
    const { id, x, y, width, text } = note;
    const fill = noteFill(note.color);
    out = { id, x, y, width, height, fill, text, lines, fontSize, fontFamily: FONT_FAMILY, lineHeight: LINE_HEIGHT, padding: TEXT_PADDING };
    laidOut.set(note, out);
  }
  return out;
}

/**
 * Draws notes in board units on a 2D context: coloured squares with their text centred. Plain
 * canvas calls, no Konva: the board's note batches draw with it, and so does the board's picture
 * shown before Konva is loaded, pixel for pixel the same.
 */
export function paintNotes(c: CanvasRenderingContext2D, notes: readonly DrawnNote[]): void {
  c.lineWidth = 1;
  c.strokeStyle = BORDER_COLOR;
  c.textBaseline = 'alphabetic';
  c.textAlign = 'left';
  let font = '';
  for (const note of notes) {
    c.beginPath();
    c.roundRect(note.x, note.y, note.width, note.height, CORNER_RADIUS);
    c.fillStyle = note.fill;
    c.fill();
    c.stroke();
    if (note.lines.length === 0) continue;
    const noteFont = `${note.fontSize}px ${note.fontFamily}`;
    if (noteFont !== font) c.font = font = noteFont;
    c.fillStyle = TEXT_COLOR;
    drawCentredLines(c, note, baselineShift(noteFont));
  }
}

/** Draws a note's lines centred in its box, exactly where Konva's centred text puts them. */
function drawCentredLines(c: CanvasRenderingContext2D, note: DrawnNote, shift: number): void {
  const { lines, padding, width, height } = note;
  const lineHeight = note.fontSize * note.lineHeight;
  const top = note.y + padding + (height - lines.length * lineHeight - 2 * padding) / 2;
  const baseline = top + shift + lineHeight / 2;
  for (const [i, line] of lines.entries()) {
    c.fillText(line.text, note.x + padding + (width - line.width - 2 * padding) / 2, baseline + i * lineHeight);
  }
}

// From the middle of a line box to its alphabetic baseline, per font (Konva's rule: half of ascent minus descent of "M").
const shifts = new Map<string, number>();

function baselineShift(font: string): number {
  let shift = shifts.get(font);
  if (shift === undefined) {
    const m = measureIn(font, 'M');
    if (!m) return 0;
    shift = ((m.fontBoundingBoxAscent ?? m.actualBoundingBoxAscent) - (m.fontBoundingBoxDescent ?? m.actualBoundingBoxDescent)) / 2;
    shifts.set(font, shift);
  }
  return shift;
}

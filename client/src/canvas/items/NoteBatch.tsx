import { memo, useMemo } from 'react';
import type Konva from 'konva';
import type { Context } from 'konva/lib/Context';
import { Shape } from '../konva.js';
import { noteFill, type Note } from '@cocreate/shared';
import { measureIn, noteTextLayout, noteTextLines } from './measureText.js';
import type { TextLine } from './wrapText.js';
import { CHEAP, FONT_FAMILY, LINE_HEIGHT, TEXT_PADDING } from './style.js';

const TEXT_COLOR = '#1e1e1e';
const BORDER_COLOR = 'rgba(0,0,0,0.12)';
const CORNER_RADIUS = 3;

/**
 * A note as drawn: its square (grown downwards when its text needs it) and its text laid out. The
 * batch keeps these on its shape (as a Konva text keeps its lines): tests read what is drawn there.
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
const drawn = new WeakMap<Note, DrawnNote>();

function drawnNote(note: Note): DrawnNote {
  let out = drawn.get(note);
  if (!out) {
    const { fontSize, height } = noteTextLayout(note);
    const lines = note.text === '' ? [] : noteTextLines(note);
    const { id, x, y, width, text } = note;
    const fill = noteFill(note.color);
    out = { id, x, y, width, height, fill, text, lines, fontSize, fontFamily: FONT_FAMILY, lineHeight: LINE_HEIGHT, padding: TEXT_PADDING };
    drawn.set(note, out);
  }
  return out;
}

/**
 * Sticky notes next to each other in drawing order: coloured squares with their text centred,
 * shrunk to fit down to a legible size and below that grown downwards, never cut (small on
 * screen, LowDetailBatch draws them). One shape draws the whole run in board units: a shape per
 * note costs Konva a transform, a save and a restore per note on every frame of a pan or zoom,
 * which is most of a frame over hundreds of notes at 25–50 % (three times the drawing itself).
 * The note being edited is drawn without its text, which the editor shows.
 */
export const NoteBatch = memo(function NoteBatch({ notes, editingId }: { notes: readonly Note[]; editingId: string | null }) {
  const laidOut = useMemo(
    () => notes.map((note) => (note.id === editingId ? { ...drawnNote(note), text: '', lines: [] } : drawnNote(note))),
    [notes, editingId],
  );
  return <Shape {...CHEAP} name="notes" notes={laidOut} sceneFunc={drawNotes} />;
});

function drawNotes(ctx: Context, shape: Konva.Shape): void {
  // The canvas itself: Konva's wrapper adds a call per operation, and this draws thousands.
  const c = ctx._context;
  c.lineWidth = 1;
  c.strokeStyle = BORDER_COLOR;
  c.textBaseline = 'alphabetic';
  c.textAlign = 'left';
  let font = '';
  for (const note of shape.getAttr('notes') as readonly DrawnNote[]) {
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

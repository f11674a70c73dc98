import { memo, useMemo } from 'react';
import type Konva from 'konva';
import type { Context } from 'konva/lib/Context';
import { Shape } from '../konva.js';
import type { Note } from '@cocreate/shared';
import { drawnNote, paintNotes, type DrawnNote } from '../paint/paintNotes.js';
import { CHEAP } from './style.js';

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
  paintNotes(ctx._context, shape.getAttr('notes') as readonly DrawnNote[]);
}

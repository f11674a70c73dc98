import Konva from 'konva';
import type { Note } from '@cocreate/shared';
import { MIN_NOTE_FONT_SIZE, estimateLines, fitNoteText, type NoteTextLayout } from './fitText.js';
import { FONT_FAMILY, LINE_HEIGHT, TEXT_PADDING } from './style.js';

// One detached Konva text node lays out every measurement: it wraps words exactly as the drawn
// text does, so the chosen size really fits (an estimate from the length cut words off).
let probe: Konva.Text | null = null;

/** Lines `text` wraps to at `fontSize` within `width`, wrapped by Konva as the board draws it. */
export function konvaLines(text: string, fontSize: number, width: number): number {
  probe ??= new Konva.Text({ fontFamily: FONT_FAMILY, lineHeight: LINE_HEIGHT, wrap: 'word', padding: 0 });
  probe.setAttrs({ text, fontSize, width });
  return probe.textArr.length;
}

// Layouts by size and text: a note is laid out once, not on every render. Bounded, as texts change.
const cache = new Map<string, NoteTextLayout>();
const CACHE_LIMIT = 5000;

/** How a note's text is drawn on the board and in its editor (cached). */
export function noteTextLayout(note: Pick<Note, 'text' | 'width' | 'height'>): NoteTextLayout {
  const key = `${note.width}x${note.height}:${note.text}`;
  let layout = cache.get(key);
  if (!layout) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    layout = fitNoteText(note.text, note.width, note.height, konvaLines);
    cache.set(key, layout);
  }
  return layout;
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

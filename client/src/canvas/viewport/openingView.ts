import { unionRects, type Item, type Note } from '@cocreate/shared';
import type { Viewport } from '../../store/index.js';
import { type Padding, type Size, fitRect, freeRect } from './camera.js';

/** Smallest note text, in screen pixels, that a board opens at (read from a tablet at arm's length). */
export const READABLE_PX = 12;

/** The same on the projector (observers): read from the back of the room, so larger. */
export const PROJECTOR_READABLE_PX = 18;

/** Font of a note's text as drawn (board units). */
export type NoteFont = (note: Note) => number;

// A board without notes opens so that a note of medium-length text is readable once written.
const TYPICAL_NOTE_FONT = 20;
// Notes looked at to find the smallest text: enough for a workshop board, cheap on a huge one.
const SAMPLE = 300;

/**
 * The view a board opens at: its working area (the frames, or every item when it has none)
 * fitted to the free part of the canvas, unless that makes note text smaller than READABLE_PX on
 * screen; then zoomed in to readable and showing the area from its top-left corner (the first
 * frames), where reading starts. Never above 100 %; an empty board opens at 100 % on the origin.
 * `readablePx` is the smallest text on screen (larger for the projector). `fontAtLeast`, a cheap
 * lower bound of `noteFont`, spares measuring notes whose text cannot be the smallest.
 */
export function openingView(
  items: readonly Item[],
  size: Size,
  padding: Padding,
  noteFont: NoteFont,
  readablePx = READABLE_PX,
  fontAtLeast: NoteFont = () => 0,
): Viewport {
  const frames = items.filter((i) => i.type === 'frame');
  const area = unionRects(frames.length > 0 ? frames : items);
  if (!area) return { x: size.width / 2, y: size.height / 2, scale: 1 };
  const fit = fitRect(area, size, padding);
  const readable = Math.min(1, readablePx / smallestNoteFont(items, noteFont, fontAtLeast));
  if (fit.scale >= readable) return fit;
  const free = freeRect(size, padding);
  const shownWidth = area.width * readable;
  const left = shownWidth < free.width ? free.x + (free.width - shownWidth) / 2 : free.x;
  return { scale: readable, x: left - area.x * readable, y: free.y - area.y * readable };
}

function smallestNoteFont(items: readonly Item[], noteFont: NoteFont, fontAtLeast: NoteFont): number {
  let smallest = Infinity;
  let seen = 0;
  for (const item of items) {
    if (item.type !== 'note' || item.text === '') continue;
    if (fontAtLeast(item) < smallest) smallest = Math.min(smallest, noteFont(item));
    if (++seen >= SAMPLE) break;
  }
  return Number.isFinite(smallest) ? smallest : TYPICAL_NOTE_FONT;
}

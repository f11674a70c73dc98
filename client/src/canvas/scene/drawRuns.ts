import type { Item, Note } from '@cocreate/shared';

/** A stretch of notes next to each other in drawing order, drawn by one shape when small on screen. */
export type NoteRun = readonly Note[];

/**
 * Items in drawing order with each stretch of consecutive notes gathered into one run (when
 * `batchNotes`), so thousands of small notes cost one Konva node, not thousands, and the
 * order among all items is kept.
 */
export function drawRuns(items: readonly Item[], batchNotes: boolean): (Item | NoteRun)[] {
  if (!batchNotes) return [...items];
  const out: (Item | NoteRun)[] = [];
  let run: Note[] = [];
  for (const item of items) {
    if (item.type === 'note') {
      run.push(item);
      continue;
    }
    if (run.length > 0) out.push(run);
    run = [];
    out.push(item);
  }
  if (run.length > 0) out.push(run);
  return out;
}

import type { Connector, Item, Note, Stroke } from '@cocreate/shared';
import type { Detail } from './cullRegion.js';

/** Items whose look small on screen is a few plain paths: drawn together by one shape there. */
export type BatchItem = Note | Connector | Stroke;

/** A stretch of items next to each other in drawing order, drawn by one shape. */
export type DrawRun =
  /** Notes in full: squares with their text. */
  | { kind: 'notes'; items: readonly Note[] }
  /** Notes, connectors and pen strokes small on screen, as plain paths. */
  | { kind: 'small'; items: readonly BatchItem[] };

/** Every item that is not a note: drawn by its own view when not in a run. */
export type LoneItem = Exclude<Item, Note>;

/**
 * Items in drawing order with each stretch of consecutive notes gathered into one run (at low
 * detail, with the connectors and pen strokes among them), so hundreds of notes cost one Konva
 * node, not hundreds (each with its own transform, save and restore on every frame), and the
 * order among all items is kept.
 */
export function drawRuns(items: readonly Item[], detail: Detail): (LoneItem | DrawRun)[] {
  const kind = detail === 'low' ? 'small' : 'notes';
  // Not a type guard: a connector that stays out of a notes run is still a batch item.
  const joins = (item: Item): boolean =>
    item.type === 'note' || (kind === 'small' && (item.type === 'connector' || item.type === 'stroke'));
  const out: (LoneItem | DrawRun)[] = [];
  let run: BatchItem[] = [];
  const close = () => {
    if (run.length > 0) out.push(kind === 'small' ? { kind, items: run } : { kind, items: run as Note[] });
    run = [];
  };
  for (const item of items) {
    if (joins(item)) run.push(item as BatchItem);
    else {
      close();
      out.push(item as LoneItem); // every note joins a run
    }
  }
  close();
  return out;
}

import type { Connector, Item, Note, Stroke } from '@cocreate/shared';

/** Items whose look small on screen is a few plain paths: drawn together by one shape there. */
export type BatchItem = Note | Connector | Stroke;

/** A stretch of such items next to each other in drawing order. */
export type BatchRun = readonly BatchItem[];

function batches(item: Item): item is BatchItem {
  return item.type === 'note' || item.type === 'connector' || item.type === 'stroke';
}

/**
 * Items in drawing order with each stretch of consecutive notes, connectors and pen strokes
 * gathered into one run (when `batch`, i.e. small on screen), so thousands of them cost one
 * Konva node, not thousands, and the order among all items is kept.
 */
export function drawRuns(items: readonly Item[], batch: boolean): (Item | BatchRun)[] {
  if (!batch) return [...items];
  const out: (Item | BatchRun)[] = [];
  let run: BatchItem[] = [];
  for (const item of items) {
    if (batches(item)) {
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

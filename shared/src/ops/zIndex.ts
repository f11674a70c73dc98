import { generateNKeysBetween } from 'fractional-indexing';
import type * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { inProgress, itemIndex, noteZIndex } from '../read/itemIndex.js';

/** The document's z-index bounds, counting what the transaction in progress has written. */
function bounds(doc: Y.Doc): { top: string | null; bottom: string | null } {
  const index = itemIndex(doc);
  const items = itemsMap(doc);
  for (const id of inProgress(doc)) noteZIndex(index, items.get(id)?.get?.('index'));
  return index;
}

/** A valid z-index at or above every item's (null on an empty document); kept, not scanned. */
export function topIndex(doc: Y.Doc): string | null {
  return bounds(doc).top;
}

/** A valid z-index at or below every item's (null on an empty document); kept, not scanned. */
export function bottomIndex(doc: Y.Doc): string | null {
  return bounds(doc).bottom;
}

/** `n` ascending z-indices above everything in the document. */
export function indicesOnTop(doc: Y.Doc, n: number): string[] {
  const keys = generateNKeysBetween(topIndex(doc), null, n);
  // Noted at once, so a second call in the same transaction goes higher still.
  noteZIndex(itemIndex(doc), keys.at(-1));
  return keys;
}

/** `n` ascending z-indices below everything in the document. */
export function indicesAtBottom(doc: Y.Doc, n: number): string[] {
  const keys = generateNKeysBetween(null, bottomIndex(doc), n);
  noteZIndex(itemIndex(doc), keys[0]);
  return keys;
}

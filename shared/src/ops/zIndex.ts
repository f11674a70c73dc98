import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type * as Y from 'yjs';
import { itemsMap } from '../docs.js';

/** Whether `key` is a fractional index the library can order after (peers may write garbage). */
function isValidKey(key: unknown): key is string {
  if (typeof key !== 'string') return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** The highest valid z-index in the document, or null when there is none. */
export function topIndex(doc: Y.Doc): string | null {
  let top: string | null = null;
  itemsMap(doc).forEach((map) => {
    const index = typeof map?.get === 'function' ? map.get('index') : undefined;
    if (typeof index === 'string' && (top === null || index > top) && isValidKey(index)) top = index;
  });
  return top;
}

/** The lowest valid z-index in the document, or null when there is none. */
export function bottomIndex(doc: Y.Doc): string | null {
  let bottom: string | null = null;
  itemsMap(doc).forEach((map) => {
    const index = typeof map?.get === 'function' ? map.get('index') : undefined;
    if (typeof index === 'string' && (bottom === null || index < bottom) && isValidKey(index)) bottom = index;
  });
  return bottom;
}

/** `n` ascending z-indices above everything in the document. */
export function indicesOnTop(doc: Y.Doc, n: number): string[] {
  return generateNKeysBetween(topIndex(doc), null, n);
}

/** `n` ascending z-indices below everything in the document. */
export function indicesAtBottom(doc: Y.Doc, n: number): string[] {
  return generateNKeysBetween(null, bottomIndex(doc), n);
}

import * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { MAX_TEXT_LENGTH } from '../schema/common.js';
import { originOf, type OpOptions } from './origin.js';

/** Rewrites `ytext` to `next` by its smallest single edit, so concurrent edits elsewhere merge. */
export function replaceText(ytext: Y.Text, next: string): void {
  const prev = ytext.toString();
  if (prev === next) return;
  let start = 0;
  const max = Math.min(prev.length, next.length);
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev.charCodeAt(endPrev - 1) === next.charCodeAt(endNext - 1)) {
    endPrev--;
    endNext--;
  }
  if (endPrev > start) ytext.delete(start, endPrev - start);
  if (endNext > start) ytext.insert(start, next.slice(start, endNext));
}

/** Sets the text of a note, text item or shape label; false if the item has no text. */
export function setItemText(doc: Y.Doc, id: string, text: string, opts?: OpOptions): boolean {
  if (text.length > MAX_TEXT_LENGTH) throw new RangeError(`text longer than ${MAX_TEXT_LENGTH} characters`);
  const ytext = itemsMap(doc).get(id)?.get('text');
  if (!(ytext instanceof Y.Text)) return false;
  doc.transact(() => replaceText(ytext, text), originOf(opts));
  return true;
}

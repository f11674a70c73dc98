import { readItems } from '@cocreate/shared';
import type * as Y from 'yjs';

/** A board document's picture: `{ "items": [...] }`, each item as the shared schema reads it (JSON, UTF-8). */
export function boardPicture(doc: Y.Doc): Uint8Array {
  return Buffer.from(JSON.stringify({ items: readItems(doc) }));
}

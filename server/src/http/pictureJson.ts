import type * as Y from 'yjs';
import { readItems } from '@cocreate/shared';

/** A board document's picture as JSON bytes: `{ "items": [...] }`, each item as the shared schema reads it. */
export function pictureJson(doc: Y.Doc): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ items: readItems(doc) }));
}

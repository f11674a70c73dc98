import type * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { deleteCommentsOf } from './comments.js';
import { attachedConnectors } from './connectors.js';
import { originOf, type OpOptions } from './origin.js';

/** Deletes items, the connectors attached to them and their comments, in one transaction; returns the ids deleted. */
export function deleteItems(doc: Y.Doc, ids: Iterable<string>, opts?: OpOptions): string[] {
  const items = itemsMap(doc);
  const doomed = new Set([...ids].filter((id) => items.has(id)));
  for (const c of attachedConnectors(doc, doomed)) doomed.add(c.id);
  if (doomed.size === 0) return [];
  doc.transact(() => {
    for (const id of doomed) items.delete(id);
    deleteCommentsOf(doc, doomed);
  }, originOf(opts));
  return [...doomed];
}

import { boardLocksMap, itemLocksMap, itemsMap, replaceText, serverOrigin } from '@cocreate/shared';
import * as Y from 'yjs';
import type { RoomHook } from '../relay/hooks.js';
import { entryKeyOf, fieldsBefore, mapBefore, type FieldBefore } from './readBefore.js';

/**
 * Keeps locked items and locked boards as the facilitator left them. A participant's update is
 * applied whole (refusing it would strand the client's later updates, which depend on it); then,
 * in the same step, the server writes back what it changed on locked items: old values back,
 * deleted items restored, created items removed. The room stores and relays only the net result,
 * to the sender too, so its view returns to the true state while its other edits stand.
 */
export function lockGuard(control: { readonly doc: Y.Doc }): RoomHook {
  return {
    afterApply({ room, peer, transaction: tr }) {
      if (peer.claims.role === 'facilitator') return;
      // Read at each update: the control document may have slept and woken as a new Y.Doc since.
      const itemLocks = itemLocksMap(control.doc);
      const boardLocks = boardLocksMap(control.doc);
      if (itemLocks.size === 0 && boardLocks.size === 0) return;
      const isLocked = (id: string, boardId: unknown) =>
        itemLocks.get(id) === true || (typeof boardId === 'string' && boardLocks.get(boardId) === true);
      const items = itemsMap(room.doc) as Y.Map<unknown>;
      const repairs: (() => void)[] = [];
      for (const id of touchedEntries(tr, items)) {
        const before = mapBefore(tr, items, id);
        const fields = before ? fieldsBefore(tr, before) : null;
        const now = items.get(id);
        const boardBefore = fields?.get('boardId');
        const boardNow = now instanceof Y.Map ? now.get('boardId') : undefined;
        if (!isLocked(id, boardBefore && 'value' in boardBefore ? boardBefore.value : undefined) && !isLocked(id, boardNow)) continue;
        repairs.push(() => restoreEntry(items, id, before, fields));
      }
      if (repairs.length === 0) return;
      room.doc.transact(() => {
        for (const repair of repairs) repair();
      }, serverOrigin('lock'));
    },
  };
}

/** Keys of the `items` entries a transaction changed: set, deleted, or changed inside. */
function touchedEntries(tr: Y.Transaction, items: Y.Map<unknown>): Set<string> {
  const ids = new Set<string>();
  for (const [type, keys] of tr.changed) {
    if (type === (items as unknown)) {
      for (const key of keys) if (key !== null) ids.add(key);
    } else {
      const key = entryKeyOf(type, items);
      if (key !== null) ids.add(key);
    }
  }
  return ids;
}

/** Puts `items[id]` back as it was: removed if it did not exist, fields reverted, or rebuilt. */
function restoreEntry(items: Y.Map<unknown>, id: string, before: Y.Map<unknown> | null, fields: Map<string, FieldBefore> | null): void {
  const now = items.get(id);
  if (!before || !fields) {
    if (now !== undefined) items.delete(id);
    return;
  }
  if (now === before) {
    for (const key of new Set([...fields.keys(), ...before.keys()])) revertField(before, key, fields.get(key));
    return;
  }
  const rebuilt = new Y.Map<unknown>();
  for (const [key, field] of fields) rebuilt.set(key, 'text' in field ? new Y.Text(field.text) : field.value);
  items.set(id, rebuilt);
}

function revertField(map: Y.Map<unknown>, key: string, field: FieldBefore | undefined): void {
  const current = map.get(key);
  if (!field) {
    if (map.has(key)) map.delete(key);
  } else if ('text' in field) {
    if (current instanceof Y.Text) replaceText(current, field.text);
    else map.set(key, new Y.Text(field.text));
  } else if (current instanceof Y.AbstractType || JSON.stringify(current) !== JSON.stringify(field.value)) {
    map.set(key, field.value);
  }
}

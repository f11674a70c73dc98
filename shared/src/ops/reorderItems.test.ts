import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compareZ, readItems } from '../read/readItems.js';
import { getItem } from '../read/readItems.js';
import { createItems } from './createItem.js';
import { bringToFront, sendToBack } from './reorderItems.js';

/** Item texts from bottom to top. */
function stack(doc: Y.Doc): string[] {
  return readItems(doc)
    .sort(compareZ)
    .map((i) => (i.type === 'note' ? i.text : '?'));
}

function fourNotes(): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  const ids = createItems(
    doc,
    ['a', 'b', 'c', 'd'].map((text) => ({ type: 'note' as const, boardId: 'b1', x: 0, y: 0, text })),
  );
  return { doc, ids };
}

describe('bringToFront / sendToBack', () => {
  it('bring items to the front, keeping their order among themselves', () => {
    const { doc, ids } = fourNotes();
    bringToFront(doc, [ids[1]!, ids[0]!]);
    expect(stack(doc)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('send items to the back, keeping their order among themselves', () => {
    const { doc, ids } = fourNotes();
    sendToBack(doc, [ids[3]!, ids[2]!]);
    expect(stack(doc)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('change only the index, in one transaction, and ignore missing ids', () => {
    const { doc, ids } = fourNotes();
    const before = getItem(doc, ids[0]!)!;
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    bringToFront(doc, [ids[0]!, 'missing']);
    expect(transactions).toBe(1);
    expect({ ...getItem(doc, ids[0]!)!, index: before.index }).toEqual(before);
    sendToBack(doc, ['missing']);
    expect(transactions).toBe(1);
  });

  it('still work when a peer wrote a garbage z-index', () => {
    const { doc, ids } = fourNotes();
    const bad = new Y.Map<unknown>();
    bad.set('index', 'not a fractional index ~~~');
    doc.getMap('items').set('garbage', bad);
    bringToFront(doc, [ids[0]!]);
    expect(stack(doc).at(-1)).toBe('a');
  });
});

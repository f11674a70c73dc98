import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseClipboard, serializeClipboard } from './clipboard.js';
import { createItem } from './ops/createItem.js';
import { insertItems } from './ops/insertItems.js';
import { getItem, readItems } from './read/readItems.js';

describe('clipboard', () => {
  it('round-trips items, which insertItems then pastes', () => {
    const doc = new Y.Doc();
    const id = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'copied' });
    const records = parseClipboard(serializeClipboard([getItem(doc, id)!]));
    expect(records).toEqual([getItem(doc, id)]);
    insertItems(doc, records!, { boardId: 'b1', dx: 20, dy: 20 });
    expect(readItems(doc).map((i) => i.type === 'note' && i.text)).toEqual(['copied', 'copied']);
  });

  it.each([
    ['plain text', 'just a note'],
    ['empty text', ''],
    ['broken JSON with the marker', '{"kind":"cocreate/items", "items": [ '],
    ['JSON without the marker', '{"items":[]}'],
    ['the marker but another version', '{"kind":"cocreate/items","version":2,"items":[]}'],
    ['the marker but items not an array', '{"kind":"cocreate/items","version":1,"items":{}}'],
    ['a JSON array', '["cocreate/items"]'],
    ['too many items', JSON.stringify({ kind: 'cocreate/items', version: 1, items: Array.from({ length: 5001 }, () => ({})) })],
  ])('returns null for %s', (_, text) => {
    expect(parseClipboard(text)).toBeNull();
  });

  it('passes records through unvalidated, so insertItems can refuse them', () => {
    const records = parseClipboard('{"kind":"cocreate/items","version":1,"items":[{"type":"evil"}]}');
    expect(records).toEqual([{ type: 'evil' }]);
    expect(() => insertItems(new Y.Doc(), records!, { boardId: 'b1', dx: 0, dy: 0 })).toThrow();
  });
});

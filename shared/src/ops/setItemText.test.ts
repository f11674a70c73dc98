import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { getItem } from '../read/readItems.js';
import { MAX_TEXT_LENGTH } from '../schema/common.js';
import { syncOnce } from '../testing/syncDocs.js';
import { createItem } from './createItem.js';
import { replaceText, setItemText } from './setItemText.js';

/** The deltas one replaceText call produces on a Y.Text holding `prev`. */
function deltaOf(prev: string, next: string): unknown[] {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, prev);
  let delta: unknown[] = [];
  text.observe((e) => (delta = e.delta));
  doc.transact(() => replaceText(text, next));
  expect(text.toString()).toBe(next);
  return delta;
}

describe('replaceText', () => {
  it('makes the smallest single edit', () => {
    expect(deltaOf('hello world', 'hello brave world')).toEqual([{ retain: 6 }, { insert: 'brave ' }]);
    expect(deltaOf('hello brave world', 'hello world')).toEqual([{ retain: 6 }, { delete: 6 }]);
    expect(deltaOf('abc', 'aXc')).toEqual([{ retain: 1 }, { delete: 1 }, { insert: 'X' }]);
    expect(deltaOf('', 'new')).toEqual([{ insert: 'new' }]);
    expect(deltaOf('gone', '')).toEqual([{ delete: 4 }]);
  });

  it('handles repeated characters at the edit point', () => {
    expect(deltaOf('aaa', 'aaaa')).toEqual([{ retain: 3 }, { insert: 'a' }]);
    expect(deltaOf('abab', 'ab')).toEqual([{ retain: 2 }, { delete: 2 }]);
  });

  it('writes nothing when the text is unchanged', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'same');
    const before = Y.encodeStateVector(doc);
    replaceText(text, 'same');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe('setItemText', () => {
  it('sets the text of a note, keeping its Y.Text', () => {
    const doc = new Y.Doc();
    const id = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'old' });
    const ytext = itemsMap(doc).get(id)!.get('text');
    expect(setItemText(doc, id, 'new text')).toBe(true);
    expect(getItem(doc, id)!).toMatchObject({ text: 'new text' });
    expect(itemsMap(doc).get(id)!.get('text')).toBe(ytext);
  });

  it('merges with a concurrent edit elsewhere in the same text', () => {
    const a = new Y.Doc();
    const id = createItem(a, { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'The quick fox' });
    const b = new Y.Doc();
    syncOnce(a, b);
    setItemText(a, id, 'The quick brown fox');
    setItemText(b, id, 'The quick fox jumps');
    syncOnce(a, b);
    expect(getItem(a, id)).toMatchObject({ text: 'The quick brown fox jumps' });
    expect(getItem(b, id)).toMatchObject({ text: 'The quick brown fox jumps' });
  });

  it('replaces only the changed middle, so a concurrent edit after it survives', () => {
    const a = new Y.Doc();
    const id = createItem(a, { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'abc' });
    const b = new Y.Doc();
    syncOnce(a, b);
    setItemText(a, id, 'aXc');
    setItemText(b, id, 'abc!');
    syncOnce(a, b);
    expect(getItem(a, id)).toMatchObject({ text: 'aXc!' });
    expect(getItem(b, id)).toMatchObject({ text: 'aXc!' });
  });

  it('is false for an item without text, or no item', () => {
    const doc = new Y.Doc();
    const frame = createItem(doc, { type: 'frame', boardId: 'b1', x: 0, y: 0 });
    expect(setItemText(doc, frame, 'x')).toBe(false);
    expect(setItemText(doc, 'missing', 'x')).toBe(false);
  });

  it('refuses text over the limit and writes nothing', () => {
    const doc = new Y.Doc();
    const id = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    expect(() => setItemText(doc, id, 'x'.repeat(MAX_TEXT_LENGTH + 1))).toThrow(RangeError);
    expect(getItem(doc, id)!).toMatchObject({ text: '' });
  });
});

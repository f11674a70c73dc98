import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsMap, objectToYMap, yMapToObject } from './docs.js';

describe('objectToYMap / yMapToObject', () => {
  it('turn text fields into Y.Text and back, skip undefined, keep the rest as is', () => {
    const doc = new Y.Doc();
    const map = objectToYMap({ text: 'hi', title: 'plain', n: 3, points: [1, 2], gone: undefined }, new Set(['text']));
    itemsMap(doc).set('k', map as Y.Map<unknown>);
    const stored = itemsMap(doc).get('k')!;
    expect(stored.get('text')).toBeInstanceOf(Y.Text);
    expect(stored.get('title')).toBe('plain');
    expect(stored.has('gone')).toBe(false);
    expect(yMapToObject(stored)).toEqual({ text: 'hi', title: 'plain', n: 3, points: [1, 2] });
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { SyncAnswers } from './SyncAnswers.js';

/** The update a sync step 2 message carries. */
function updateOf(message: Uint8Array): Uint8Array {
  const d = decoding.createDecoder(message);
  decoding.readVarUint(d); // sync
  decoding.readVarUint(d); // step 2
  return decoding.readVarUint8Array(d);
}

/** `doc` (a new one by default) with the content of a sync step 2 message applied. */
function docFromMessages([message]: Uint8Array[], doc = new Y.Doc()): Y.Doc {
  Y.applyUpdate(doc, updateOf(message!));
  return doc;
}

/** The answers of a live document, forgotten at each of its updates (as a room wires them). */
function answersOf(doc: Y.Doc): SyncAnswers {
  const answers = new SyncAnswers({ stateVector: () => Y.encodeStateVector(doc), diff: (sv) => Y.encodeStateAsUpdate(doc, sv) });
  doc.on('update', () => answers.clear());
  return answers;
}

describe('SyncAnswers', () => {
  it('encodes a step 2 once per state vector and document state, and never answers with a stale one', () => {
    const doc = new Y.Doc();
    doc.getMap('items').set('a', 1);
    const answers = answersOf(doc);
    const empty = Y.encodeStateVector(new Y.Doc());
    const first = answers.stepTwo(empty);
    expect(answers.stepTwo(new Uint8Array(empty))).toBe(first);
    expect(docFromMessages([first]).getMap('items').toJSON()).toEqual({ a: 1 });

    doc.getMap('items').set('b', 2);
    const second = answers.stepTwo(empty);
    expect(second).not.toBe(first);
    expect(docFromMessages([second]).getMap('items').toJSON()).toEqual({ a: 1, b: 2 });
  });

  it('answers a peer that has part of the document with only the rest', () => {
    const doc = new Y.Doc();
    doc.getMap('items').set('a', 1);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    doc.getMap('items').set('b', 2);
    const answers = answersOf(doc);
    const rest = answers.stepTwo(Y.encodeStateVector(peer));
    expect(rest.length).toBeLessThan(answers.stepTwo(Y.encodeStateVector(new Y.Doc())).length);
    expect(docFromMessages([rest], peer).getMap('items').toJSON()).toEqual({ a: 1, b: 2 });
  });

  it('keeps the state vector message until the document changes', () => {
    const doc = new Y.Doc();
    const answers = answersOf(doc);
    const one = answers.stepOne();
    expect(answers.stepOne()).toBe(one);
    doc.getMap('m').set('k', true);
    expect(answers.stepOne()).not.toBe(one);
  });
});

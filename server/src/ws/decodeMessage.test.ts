import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { decodeMessage } from './decodeMessage.js';
import { MalformedMessageError } from '../relay/Room.js';

function message(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

describe('decodeMessage', () => {
  const doc = new Y.Doc();
  doc.getMap('m').set('k', 1);

  it('decodes sync step 1, step 2 and updates', () => {
    const step1 = message((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep1(e, doc);
    });
    expect(decodeMessage(step1).kind).toBe('step1');
    const update = message((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc));
    });
    const decoded = decodeMessage(update);
    expect(decoded.kind).toBe('update');
    if (decoded.kind === 'update') expect(decoded.update).toEqual(Y.encodeStateAsUpdate(doc));
  });

  it('decodes awareness and query-awareness', () => {
    expect(decodeMessage(message((e) => encoding.writeVarUint(e, 3))).kind).toBe('queryAwareness');
    expect(decodeMessage(message((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, new Uint8Array([0]))))).kind).toBe(
      'awareness',
    );
  });

  it('refuses unknown types, unknown sync types, truncation and trailing bytes', () => {
    const cases = [
      new Uint8Array([]),
      new Uint8Array([4]),
      new Uint8Array([200, 1]),
      new Uint8Array([0, 7, 0]),
      new Uint8Array([0, 2, 10, 1, 2]), // claims 10 bytes, has 2
      new Uint8Array([0, 2, 1, 0, 99]), // one trailing byte
      new Uint8Array([0, 255, 255, 255, 255, 255, 255]),
    ];
    for (const data of cases) expect(() => decodeMessage(data), `bytes ${[...data]}`).toThrow(MalformedMessageError);
  });
});

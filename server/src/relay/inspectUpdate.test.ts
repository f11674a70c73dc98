import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { inspectUpdate } from './inspectUpdate.js';

function updatesOf(doc: Y.Doc, changes: ((d: Y.Doc) => void)[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(u));
  for (const change of changes) change(doc);
  return out;
}

describe('inspectUpdate', () => {
  it('accepts a contiguous update and names its writer', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const [first] = updatesOf(client, [(d) => d.getMap('m').set('a', 1)]);
    expect(inspectUpdate(server, first!)).toEqual({ ok: true, writers: [client.clientID] });
  });

  it('refuses an update whose structs start past the document clock', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const [, second] = updatesOf(client, [(d) => d.getMap('m').set('a', 1), (d) => d.getMap('m').set('b', 2)]);
    expect(inspectUpdate(server, second!)).toEqual({ ok: false, reason: 'gap' });
  });

  it('names no writer for content the document already has', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const [first] = updatesOf(client, [(d) => d.getMap('m').set('a', 1)]);
    Y.applyUpdate(server, first!);
    expect(inspectUpdate(server, first!)).toEqual({ ok: true, writers: [] });
  });

  it('refuses deletes of content the document does not have yet', () => {
    const author = new Y.Doc();
    author.getText('t').insert(0, 'hello');
    const server = new Y.Doc();
    const attacker = new Y.Doc();
    Y.applyUpdate(attacker, Y.encodeStateAsUpdate(author));
    const [del] = updatesOf(attacker, [(d) => d.getText('t').delete(0, 5)]);
    expect(inspectUpdate(server, del!)).toEqual({ ok: false, reason: 'future delete' });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(author));
    expect(inspectUpdate(server, del!).ok).toBe(true);
  });

  it('calls garbage undecodable', () => {
    expect(inspectUpdate(new Y.Doc(), new Uint8Array([9, 9, 9, 9, 9]))).toEqual({ ok: false, reason: 'undecodable' });
  });
});

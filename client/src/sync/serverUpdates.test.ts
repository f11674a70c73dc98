import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { type WebsocketProvider, messageSync } from 'y-websocket';
import * as Y from 'yjs';
import { missingUpdateMessage, updateMessage } from '@cocreate/shared';
import { offlineProvider, receive } from '../testing/offlineProvider.js';
import { onServerUpdate, quietServerUpdates } from './serverUpdates.js';

/** A provider that never connects, with the server's updates quiet. */
function quietProvider(doc: Y.Doc): WebsocketProvider {
  const provider = offlineProvider(doc);
  quietServerUpdates(provider);
  return provider;
}

/** An update from another client writing `entries` into the map `m`. */
function remoteUpdate(entries: Record<string, string>): Uint8Array {
  const other = new Y.Doc();
  other.transact(() => {
    for (const [key, value] of Object.entries(entries)) other.getMap('m').set(key, value);
  });
  return Y.encodeStateAsUpdate(other);
}

describe('quietServerUpdates', () => {
  it('applies the server’s sync step 2 and updates without an update event, and hands on their bytes', () => {
    const doc = new Y.Doc();
    const provider = quietProvider(doc);
    const events: unknown[] = [];
    doc.on('update', (_update, origin) => events.push(origin));
    const received: Uint8Array[] = [];
    onServerUpdate(doc, (update) => received.push(update));

    const first = remoteUpdate({ a: '1' });
    receive(provider, missingUpdateMessage(first));
    const second = remoteUpdate({ b: '2' });
    receive(provider, updateMessage(second));

    expect(doc.getMap('m').toJSON()).toEqual({ a: '1', b: '2' });
    expect(events).toEqual([]);
    expect(received).toEqual([first, second]);
  });

  it('still emits (and so sends) local changes, also one an observer makes while the server’s change is applied', () => {
    const doc = new Y.Doc();
    const provider = quietProvider(doc);
    // What the server would hold from the updates the provider sends.
    const server = new Y.Doc();
    const local: unknown[] = [];
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      Y.applyUpdate(server, update);
      local.push([origin, server.getMap('m').toJSON()]);
    });
    // Reacting to the server's change with a change of our own, inside the server's transaction cleanup.
    doc.getMap('m').observe((event) => {
      if (!event.transaction.local && !doc.getMap('m').has('seen')) doc.transact(() => doc.getMap('m').set('seen', 'yes'), 'me');
    });

    receive(provider, updateMessage(remoteUpdate({ a: '1' })));
    doc.transact(() => doc.getMap('m').set('c', '3'), 'me');

    expect(local).toEqual([
      ['me', { seen: 'yes' }],
      ['me', { seen: 'yes', c: '3' }],
    ]);
  });

  it('leaves sync step 1 messages to the provider, which answers them', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('a', '1');
    const provider = quietProvider(doc);
    const received: Uint8Array[] = [];
    onServerUpdate(doc, (update) => received.push(update));
    const encoder = encoding.createEncoder();
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, messageSync);
    encoding.writeVarUint(step1, 0);
    encoding.writeVarUint8Array(step1, new Uint8Array([0]));
    const decoder = decoding.createDecoder(encoding.toUint8Array(step1));
    decoding.readVarUint(decoder);
    provider.messageHandlers[messageSync]!(encoder, decoder, provider, true, messageSync);

    expect(received).toEqual([]);
    // The answer (a step 2 with our change) is what the provider writes back.
    expect(encoding.length(encoder)).toBeGreaterThan(3);
  });
});

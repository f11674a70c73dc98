import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { messageAwareness, type WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { offlineProvider, receive } from '../testing/offlineProvider.js';
import { sendOwnPresenceOnly } from './ownPresence.js';

/** A provider that looks connected and records the client ids of each awareness message it sends. */
function watchedProvider(): { provider: WebsocketProvider; sent: number[][] } {
  const provider = offlineProvider(new Y.Doc());
  sendOwnPresenceOnly(provider);
  const sent: number[][] = [];
  provider.wsconnected = true;
  provider.ws = {
    readyState: 1,
    OPEN: 1,
    send(message: Uint8Array) {
      const decoder = decoding.createDecoder(message);
      if (decoding.readVarUint(decoder) !== messageAwareness) return;
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const ids: number[] = [];
      for (let n = decoding.readVarUint(update); n > 0; n--) {
        ids.push(decoding.readVarUint(update));
        decoding.readVarUint(update); // clock
        decoding.readVarString(update); // state
      }
      sent.push(ids);
    },
    close() {},
  } as unknown as WebSocket;
  return { provider, sent };
}

/** Another client's presence, with client id `clientId`. */
function otherClient(clientId: number): Awareness {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  return new Awareness(doc);
}

/** The message the server relays when `other` changes its state. */
function relayed(other: Awareness): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(other, [other.clientID]));
  return encoding.toUint8Array(encoder);
}

describe('sendOwnPresenceOnly', () => {
  it('sends this client’s own changes and never back what the server relayed', () => {
    const { provider, sent } = watchedProvider();
    const me = provider.awareness.clientID;
    provider.awareness.setLocalState({ cursor: { x: 1, y: 2 } });
    const ann = otherClient(4242);
    for (let x = 0; x < 5; x++) {
      ann.setLocalState({ cursor: { x, y: 0 } });
      receive(provider, relayed(ann));
    }
    expect(provider.awareness.getStates().get(4242)).toEqual({ cursor: { x: 4, y: 0 } });
    provider.awareness.setLocalStateField('cursor', { x: 3, y: 4 });
    expect(sent).toEqual([[me], [me]]);
  });

  it('leaves the removal of others’ timed-out states unsent, and still says when this client leaves', () => {
    const { provider, sent } = watchedProvider();
    const me = provider.awareness.clientID;
    const ann = otherClient(4242);
    ann.setLocalState({ name: 'Ann' });
    receive(provider, relayed(ann));
    removeAwarenessStates(provider.awareness, [4242], 'timeout');
    expect(provider.awareness.getStates().has(4242)).toBe(false);
    provider.awareness.setLocalState(null);
    expect(sent).toEqual([[me]]);
  });
});

import { afterEach } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

const providers: WebsocketProvider[] = [];
afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy();
});

/** A provider that never connects (destroyed after the test): the server's messages are handed to its handlers with `receive`. */
export function offlineProvider(doc: Y.Doc, awareness?: Awareness): WebsocketProvider {
  const provider = new WebsocketProvider('ws://127.0.0.1:9', 'doc', doc, {
    connect: false,
    disableBc: true,
    awareness,
    WebSocketPolyfill: class {} as unknown as typeof WebSocket, // never constructed: it does not connect
  });
  providers.push(provider);
  return provider;
}

/** Hands `message` to the provider as if the server had sent it. */
export function receive(provider: WebsocketProvider, message: Uint8Array): void {
  const decoder = decoding.createDecoder(message);
  const type = decoding.readVarUint(decoder);
  provider.messageHandlers[type]!(encoding.createEncoder(), decoder, provider, true, type);
}

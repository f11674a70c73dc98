// Clients of the server's WebSocket endpoint: a stock y-websocket provider (what real clients use) and
// a raw `ws` socket for hand-made protocol messages.
import { afterAll } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { MessageType, SyncMessageType, type CloseEvent } from '@cocreate/shared';
import { docFromMessages, messageKind, syncStep1Message } from './protocol.js';

/** Anything with the `ws://host:port/ws` base of a running server. */
export interface HasWsUrl {
  wsUrl: string;
}

export interface DocClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves on the first sync with the server; rejects if the server closes the socket first. */
  synced: Promise<void>;
  /** The first close the server sends (the provider may reconnect after codes outside 4400-4499). */
  closed: Promise<CloseEvent>;
  destroy(): void;
}

export interface ConnectOptions {
  /** The Y.Doc to bind; a new one when absent. */
  doc?: Y.Doc;
}

const openClients = new Set<{ destroy(): void }>();

// Each stock provider adds a process 'exit' listener; tests with many clients exceed Node's default 10.
process.setMaxListeners(Math.max(process.getMaxListeners(), 200));

// Under vitest, a test file's clients go with it; benchmarks (plain tsx) destroy their own.
if (process.env.VITEST) {
  afterAll(() => {
    for (const c of [...openClients]) c.destroy();
  });
}

/** A stock `WebsocketProvider` on `server`'s `docName` with `token` (omitted from the URL when undefined). */
export function connectDoc(server: HasWsUrl, docName: string, token: string | undefined, opts: ConnectOptions = {}): DocClient {
  const doc = opts.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(server.wsUrl, docName, doc, {
    connect: true,
    disableBc: true, // otherwise providers in one Node process sync around the server
    params: token === undefined ? {} : { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  const closed = new Promise<CloseEvent>((resolve) => {
    const onClose = (event: { code: number; reason: string } | null) => {
      if (!event) return; // closed by us, not by the server
      provider.off('connection-close', onClose);
      resolve({ code: event.code, reason: String(event.reason ?? '') });
    };
    provider.on('connection-close', onClose);
  });
  const synced = new Promise<void>((resolve, reject) => {
    if (provider.synced) return resolve();
    provider.on('sync', (isSynced: boolean) => isSynced && resolve());
    void closed.then((e) => reject(new Error(`${docName}: server closed the socket (${e.code} ${e.reason}) before sync`)));
  });
  synced.catch(() => {}); // a test that only awaits `closed` must not see an unhandled rejection
  const client: DocClient = {
    doc,
    provider,
    synced,
    closed,
    destroy: () => {
      openClients.delete(client);
      provider.destroy();
      doc.destroy();
    },
  };
  openClients.add(client);
  return client;
}

export interface RawSocket {
  ws: WebSocket;
  /** Resolves when the socket is open; rejects if it fails to open. */
  opened: Promise<void>;
  /** Resolves with the close code and reason, whoever closed it. */
  closed: Promise<CloseEvent>;
  /** Every message received so far, in order. */
  messages: Uint8Array[];
  /** Every message sent so far, in order. */
  sent: (Uint8Array | string)[];
  send(data: Uint8Array | string): void;
  /** Resolves with the first received message (past or future) matching `predicate`. */
  waitForMessage(predicate?: (msg: Uint8Array) => boolean, timeoutMs?: number): Promise<Uint8Array>;
  /** Whether the socket is still open. */
  isOpen(): boolean;
  close(): void;
}

/** A plain `ws` WebSocket on `server`'s `docName` with `token` (omitted when undefined). */
export function rawSocket(server: HasWsUrl, docName: string, token: string | undefined): RawSocket {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`;
  const ws = new WebSocket(`${server.wsUrl}/${docName}${query}`);
  const messages: Uint8Array[] = [];
  const sent: (Uint8Array | string)[] = [];
  const listeners = new Set<() => void>();
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    messages.push(isBinary ? new Uint8Array(data) : new TextEncoder().encode(data.toString()));
    for (const l of listeners) l();
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  opened.catch(() => {});
  ws.on('error', () => {}); // errors surface through `opened` / `closed`
  const closed = new Promise<CloseEvent>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const socket: RawSocket = {
    ws,
    opened,
    closed,
    messages,
    sent,
    send: (data) => {
      sent.push(data);
      ws.send(data);
    },
    waitForMessage: (predicate = () => true, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate);
          if (!found) return;
          done();
          resolve(found);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no matching message within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      }),
    isOpen: () => ws.readyState === WebSocket.OPEN,
    close: () => ws.close(),
  };
  openClients.add({ destroy: () => ws.terminate() });
  return socket;
}

/** Polls `predicate` until it holds; throws after `timeoutMs` with `what` in the message. */
export async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The document as the server holds it now, read over `socket`: sends an empty sync step 1 and
 * decodes the server's step 2 answer to it (the server answers step 1s in order). Since the server
 * handles one connection's messages in order, the answer also proves everything sent before was processed.
 */
export async function serverState(socket: RawSocket, timeoutMs = 5_000): Promise<Y.Doc> {
  socket.send(syncStep1Message());
  const asked = socket.sent.filter(isSyncStep1).length;
  const step2s = () => socket.messages.filter((m) => messageKind(m).syncType === SyncMessageType.step2);
  await waitFor(() => step2s().length >= asked, timeoutMs, `the answer to sync step 1 number ${asked}`);
  return docFromMessages([step2s()[asked - 1]!]);
}

function isSyncStep1(msg: Uint8Array | string): boolean {
  return typeof msg !== 'string' && msg[0] === MessageType.sync && msg[1] === SyncMessageType.step1;
}

/** What an awareness 'update' event carries. */
export type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };
type Handler = (changes: AwarenessChanges, origin: unknown) => void;

/**
 * Makes a stock client send only its own presence, as the app does (client/src/sync/ownPresence.ts):
 * y-websocket also sends back every state it receives, which with 30 pointers would be most of the
 * traffic.
 */
export function sendOwnPresenceOnly(client: DocClient): void {
  const provider = client.provider as unknown as { _awarenessUpdateHandler: Handler; awareness: DocClient['provider']['awareness'] };
  const send = provider._awarenessUpdateHandler;
  const me = provider.awareness.clientID;
  const mine = (ids: number[]) => ids.filter((id) => id === me);
  const own: Handler = ({ added, updated, removed }, origin) => {
    const changes = { added: mine(added), updated: mine(updated), removed: mine(removed) };
    if (changes.added.length + changes.updated.length + changes.removed.length > 0) send(changes, origin);
  };
  provider.awareness.off('update', send);
  // Under the provider's own name for it, which its destroy() removes.
  provider._awarenessUpdateHandler = own;
  provider.awareness.on('update', own);
}

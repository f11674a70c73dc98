import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { sendFramed } from './framedSend.js';

const servers: WebSocketServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    for (const ws of server.clients) ws.terminate();
    await new Promise((done) => server.close(done));
  }
});

/** A ws server on a loopback port (as the upgrade handler makes it) and `count` stock clients on it. */
async function connected(count: number): Promise<{ sockets: WebSocket[]; clients: WebSocket[] }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  servers.push(server);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const sockets: WebSocket[] = [];
  server.on('connection', (ws) => sockets.push(ws));
  const clients = Array.from({ length: count }, () => new WebSocket(`ws://127.0.0.1:${port}`));
  await Promise.all(clients.map((c) => once(c, 'open')));
  while (sockets.length < count) await new Promise((r) => setTimeout(r, 5));
  return { sockets, clients };
}

/** The next `n` messages a client receives, as bytes. */
function receive(client: WebSocket, n: number): Promise<Uint8Array[]> {
  const got: Uint8Array[] = [];
  return new Promise((done) =>
    client.on('message', (data: Buffer, isBinary: boolean) => {
      got.push(isBinary ? new Uint8Array(data) : new TextEncoder().encode(`text:${data.toString()}`));
      if (got.length === n) done(got);
    }),
  );
}

const bytes = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);

describe('sendFramed', () => {
  it('delivers the same message object to several sockets whole, with every frame length form', async () => {
    const { sockets, clients } = await connected(3);
    // 0 and 125 bytes: the short length form; 126 and 70,000: the 16- and 64-bit forms (the last
    // one also above the size up to which header and payload are joined into one write).
    const messages = [bytes(0, 1), bytes(125, 2), bytes(126, 3), bytes(70_000, 4), bytes(40, 5)];
    const received = clients.map((c) => receive(c, messages.length));
    for (const message of messages) for (const ws of sockets) sendFramed(ws, message);
    for (const got of await Promise.all(received)) expect(got).toEqual(messages);
  });

  it('keeps its order among what ws itself sends on the socket', async () => {
    const { sockets, clients } = await connected(1);
    const ws = sockets[0]!;
    const received = receive(clients[0]!, 5);
    const shared = bytes(300, 9);
    sendFramed(ws, shared);
    ws.send('between');
    sendFramed(ws, shared);
    ws.send(bytes(20, 7));
    sendFramed(ws, bytes(3, 8));
    expect(await received).toEqual([shared, new TextEncoder().encode('text:between'), shared, bytes(20, 7), bytes(3, 8)]);
  });
});

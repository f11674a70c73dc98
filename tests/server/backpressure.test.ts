// Memory cannot be exhausted by a client that does not read: query-awareness is answered a few
// times a second at most, and a connection with too much queued for it is dropped (1013) so it
// can resync. Each test is bounded in time and prints the server's RSS before and after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateSessionResponse } from '@cocreate/shared';
import { healthyPair, type HealthyPair } from '../helpers/healthy.js';
import { rssMb, sameProcess } from '../helpers/processWatch.js';
import { awarenessMessage, queryAwarenessMessage, updateMessage } from '../helpers/protocol.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { rawSocket, type RawSocket } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;
let healthy: HealthyPair;
let watch: ReturnType<typeof sameProcess>;

beforeAll(async () => {
  server = await startServer({ env: { MAX_BUFFERED_BYTES: String(4 * 1024 * 1024) } });
  session = await createSession(server, 'Back-pressure');
  healthy = await healthyPair(server, session);
  watch = sameProcess(server);
});
afterAll(async () => {
  await healthy.check();
  await watch.check();
  healthy.destroy();
  await server.stop();
});

/** A raw socket that stops reading from the network right after it opened. */
async function nonReader(token: string): Promise<RawSocket> {
  const socket = rawSocket(server, session.id, token);
  await socket.opened;
  (socket.ws as unknown as { _socket: { pause(): void } })._socket.pause();
  return socket;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('back-pressure', () => {
  it('query-awareness 200 times a second from an observer that never reads: memory stays flat', { timeout: 30_000 }, async () => {
    // Some presence to answer with: 4 states of 12 KB from one connection.
    const presence = rawSocket(server, session.id, session.tokens.participant);
    await presence.opened;
    for (let i = 0; i < 4; i++) presence.send(awarenessMessage({ name: `p${i}`, pad: 'p'.repeat(12_000) }));
    await healthy.check();

    const before = rssMb(server);
    const observer = await nonReader(session.tokens.observer);
    const query = queryAwarenessMessage();
    for (let second = 0; second < 10 && observer.isOpen(); second++) {
      for (let i = 0; i < 200; i++) observer.send(query);
      await sleep(1_000);
    }
    const after = rssMb(server);
    console.log(`query-awareness flood: server RSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after 10 s`);
    // Unbounded, this queues about 170 MB a second; with at most 4 answers a second it is under 2 MB.
    expect(after - before).toBeLessThan(60);
    await healthy.check();
    presence.close();
    observer.ws.terminate();
  });

  it('participants that never read are dropped once too much is queued for them; the writers go on', { timeout: 30_000 }, async () => {
    const before = rssMb(server);
    const slow = await Promise.all(Array.from({ length: 3 }, () => nonReader(session.tokens.participant)));
    const writer = rawSocket(server, session.id, session.tokens.participant);
    await writer.opened;
    const doc = new Y.Doc();
    doc.on('update', (u: Uint8Array) => writer.send(updateMessage(u)));
    // 200 updates of 500 KB: 100 MB relayed to each slow reader, far over its 4 MB bound. Each replaces
    // the last, so the document itself stays small and what grows is only what is queued.
    for (let i = 0; i < 200; i++) {
      doc.getMap('blobs').set('blob', `${i}`.padEnd(500_000, 'x'));
      await sleep(10);
    }
    await healthy.check();
    await sleep(1_000);
    const after = rssMb(server);
    console.log(
      `slow reader: server RSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after 100 MB relayed to 3 readers that never read`,
    );
    for (const socket of slow) {
      (socket.ws as unknown as { _socket: { resume(): void } })._socket.resume();
      expect([1013, 1006]).toContain((await socket.closed).code);
      // What reached it is what the server had queued (plus the kernel's socket buffers): a
      // fraction of the 100 MB, which an unbounded server would keep queued until it read.
      const received = socket.messages.reduce((sum, m) => sum + m.length, 0) / 1024 / 1024;
      expect(received).toBeLessThan(30);
    }
    expect(after - before).toBeLessThan(150);
    writer.close();
  });
});

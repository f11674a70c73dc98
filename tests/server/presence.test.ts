// Presence cannot be forged: a connection sets and removes only the awareness states of the client
// ids it holds; at most a few per connection, each bounded in size; and awareness bytes count
// towards the connection's rate limit. Many people's presence reaches each screen batched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCodes, awarenessUpdateMessage, encodeAwarenessEntries, type CreateSessionResponse } from '@cocreate/shared';
import { healthyPair, type HealthyPair } from '../helpers/healthy.js';
import { sameProcess } from '../helpers/processWatch.js';
import { awarenessMessage } from '../helpers/protocol.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket, waitFor, type DocClient } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;
let healthy: HealthyPair;
let alice: DocClient;
let bob: DocClient;
let watch: ReturnType<typeof sameProcess>;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Presence');
  healthy = await healthyPair(server, session);
  watch = sameProcess(server);
  alice = connectDoc(server, session.id, session.tokens.participant);
  bob = connectDoc(server, session.id, session.tokens.participant);
  await Promise.all([alice.synced, bob.synced]);
  alice.provider.awareness.setLocalState({ name: 'Alice' });
  await waitFor(() => bob.provider.awareness.getStates().get(alice.doc.clientID)?.name === 'Alice', 5_000, 'Alice at Bob');
});
afterAll(async () => {
  await healthy.check();
  await watch.check();
  healthy.destroy();
  await server.stop();
});

/** An awareness message with `count` entries, client ids from `firstId`, each with `state`. */
function manyStates(firstId: number, count: number, state: Record<string, unknown>): Uint8Array {
  const json = JSON.stringify(state);
  return awarenessUpdateMessage(
    encodeAwarenessEntries(Array.from({ length: count }, (_, i) => ({ clientId: firstId + i, clock: 1, state: json, bytes: 0 }))),
  );
}

describe('presence', () => {
  it('a state sent for another connection’s client id is dropped: nobody sees “Mallory”', async () => {
    const mallory = rawSocket(server, session.id, session.tokens.participant);
    await mallory.opened;
    // A far higher clock than Alice's, so a server without ownership would take it.
    const forged = awarenessMessage({ name: 'Mallory' }, alice.doc.clientID);
    for (let i = 0; i < 50; i++) mallory.send(forged);
    mallory.send(awarenessMessage({ name: 'Mallory herself' }));
    await waitFor(
      () => [...bob.provider.awareness.getStates().values()].some((s) => s.name === 'Mallory herself'),
      5_000,
      'Mallory’s own state',
    );
    expect(bob.provider.awareness.getStates().get(alice.doc.clientID)?.name).toBe('Alice');
    expect(alice.provider.awareness.getLocalState()?.name).toBe('Alice');
    mallory.close();
  });

  it('20,000 fake entries in one message show up as at most a handful of ghosts', async () => {
    const ghosts = rawSocket(server, session.id, session.tokens.observer);
    await ghosts.opened;
    const before = bob.provider.awareness.getStates().size;
    ghosts.send(manyStates(1_000_000, 20_000, { name: 'ghost' }));
    ghosts.send(awarenessMessage({ name: 'marker' }));
    await healthy.check();
    await waitFor(() => [...bob.provider.awareness.getStates().values()].some((s) => s.name === 'ghost'), 5_000, 'the allowed ghosts');
    const ghostCount = [...bob.provider.awareness.getStates().values()].filter((s) => s.name === 'ghost').length;
    expect(ghostCount).toBeLessThanOrEqual(4);
    ghosts.close();
    await waitFor(() => bob.provider.awareness.getStates().size <= before, 5_000, 'the ghosts to leave with their connection');
  });

  it('a 64 KiB state is not relayed', async () => {
    const big = rawSocket(server, session.id, session.tokens.participant);
    await big.opened;
    big.send(awarenessMessage({ name: 'big', blob: 'x'.repeat(64 * 1024) }));
    big.send(awarenessMessage({ name: 'small' }));
    await waitFor(() => [...bob.provider.awareness.getStates().values()].some((s) => s.name === 'small'), 5_000, 'the small state');
    expect([...bob.provider.awareness.getStates().values()].some((s) => s.name === 'big')).toBe(false);
    big.close();
  });

  it('a flood of 16 KiB states is rate limited (4429) while others go on', async () => {
    const flood = rawSocket(server, session.id, session.tokens.participant);
    await flood.opened;
    const start = Date.now();
    let clock = 1;
    const timer = setInterval(() => {
      for (let i = 0; i < 10 && flood.isOpen(); i++) {
        // One client id, a new clock each time: every one of them is a real state change.
        flood.send(manyStates(7_777_777, 1, { name: 'flood', blob: 'y'.repeat(15 * 1024), n: clock++ }));
      }
    }, 40);
    const closed = await flood.closed;
    clearInterval(timer);
    expect(closed.code).toBe(CloseCodes.rateLimited.code);
    expect(Date.now() - start).toBeLessThan(10_000);
    await healthy.check();
  });
});

describe('presence of many people', () => {
  it('ten people moving their pointers 100 times a second reach a screen in at most one message per 33 ms, ending where each stopped', async () => {
    const movers = Array.from({ length: 10 }, () => connectDoc(server, session.id, session.tokens.participant));
    const screen = connectDoc(server, session.id, session.tokens.observer);
    await Promise.all([...movers, screen].map((c) => c.synced));
    const awareness = screen.provider.awareness;
    let messages = 0;
    const count = (_changes: unknown, origin: unknown) => {
      if (origin !== 'local') messages++;
    };
    awareness.on('update', count);
    const t0 = performance.now();
    for (let step = 1; step <= 100; step++) {
      for (const [i, mover] of movers.entries()) mover.provider.awareness.setLocalState({ name: `Mover ${i}`, cursor: { x: step, y: i } });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const ms = performance.now() - t0;
    const at = (mover: DocClient) => (awareness.getStates().get(mover.doc.clientID) as { cursor?: { x: number } } | undefined)?.cursor?.x;
    await waitFor(() => movers.every((mover) => at(mover) === 100), 5_000, 'every pointer where it stopped');
    awareness.off('update', count);
    // One by one they would be 1,000 messages; a last one may follow the loop.
    expect(messages).toBeGreaterThan(0);
    expect(messages).toBeLessThanOrEqual(Math.ceil(ms / 33) + 2);
    for (const client of [...movers, screen]) client.destroy();
  });
});

describe('roles in presence', () => {
  it('a participant who claims to be the facilitator in its presence is shown with its real role', async () => {
    const poser = rawSocket(server, session.id, session.tokens.participant);
    await poser.opened;
    poser.send(awarenessMessage({ name: 'Fake facilitator', role: 'facilitator', view: { x: 0, y: 0 } }));
    await waitFor(() => [...bob.provider.awareness.getStates().values()].some((s) => s.name === 'Fake facilitator'), 5_000, 'the poser');
    const shown = [...bob.provider.awareness.getStates().values()].find((s) => s.name === 'Fake facilitator');
    expect(shown?.role).toBe('participant');
    poser.close();
  });
});

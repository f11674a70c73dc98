import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PRESENCE_INTERVAL_MS, PresenceBatch, type AwarenessChanges } from './PresenceBatch.js';

/** A room's awareness, remote clients that set their states in it, and a batch that records what it passes on. */
function setup() {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(null);
  const sent: { clientId: number; state: unknown }[][] = [];
  // What the room encodes when the batch passes the ids on: each client's latest state, or null.
  const batch = new PresenceBatch((ids) => sent.push(ids.map((id) => ({ clientId: id, state: awareness.getStates().get(id) ?? null }))));
  const clients = new Map<number, awarenessProtocol.Awareness>();
  /** Client `id` sets `state` (null: leaves), as an update from its peer would. */
  const set = (id: number, state: Record<string, unknown> | null) => {
    let client = clients.get(id);
    if (!client) {
      const doc = new Y.Doc();
      doc.clientID = id;
      client = new awarenessProtocol.Awareness(doc);
      clients.set(id, client);
    }
    client.setLocalState(state);
    awarenessProtocol.applyAwarenessUpdate(awareness, awarenessProtocol.encodeAwarenessUpdate(client, [id]), 'peer');
  };
  onTestFinished(() => {
    for (const client of clients.values()) client.destroy();
    awareness.destroy();
  });
  awareness.on('update', (changes: AwarenessChanges) => batch.add(changes));
  return { awareness, batch, sent, set };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PresenceBatch', () => {
  it('sends the first change at once, and the ones within the interval together at its end, each client once with its latest state', () => {
    const { sent, set } = setup();
    set(1, { x: 1 });
    expect(sent).toEqual([[{ clientId: 1, state: { x: 1 } }]]);
    set(1, { x: 2 });
    set(2, { x: 1 });
    set(1, { x: 3 });
    set(3, { x: 1 });
    set(3, null);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual([
      { clientId: 1, state: { x: 3 } },
      { clientId: 2, state: { x: 1 } },
      { clientId: 3, state: null },
    ]);
  });

  it('sends a change after a quiet interval at once again', () => {
    const { sent, set } = setup();
    set(1, { x: 1 });
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS * 3);
    set(2, { x: 1 });
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS * 3);
    expect(sent).toHaveLength(2);
  });

  it('passes on what is pending at once when stopped, and nothing after', () => {
    const { batch, sent, set } = setup();
    set(1, { x: 1 });
    set(1, { x: 2 });
    batch.stop();
    expect(sent).toEqual([[{ clientId: 1, state: { x: 1 } }], [{ clientId: 1, state: { x: 2 } }]]);
    set(1, null);
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS * 3);
    expect(sent).toHaveLength(2);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CloseEvent } from '@cocreate/shared';
import { openSqliteStore } from '../store/sqlite/SqliteStore.js';
import type { DocStore, Store } from '../store/Store.js';
import { nextPeerId, type Peer } from './Peer.js';
import { Room } from './Room.js';

/** A peer that records what it is sent; `onSend` lets a test look at the store at that moment. */
class RecordingPeer implements Peer {
  readonly id = nextPeerId();
  readonly claims = { sid: 's', role: 'participant' as const, exp: 2 ** 31, gen: 0 };
  sent: Uint8Array[] = [];
  closedWith: CloseEvent | null = null;
  constructor(
    readonly writable: boolean,
    private readonly onSend: (m: Uint8Array) => void = () => {},
  ) {}
  send(m: Uint8Array) {
    this.onSend(m);
    this.sent.push(m);
  }
  close(e: CloseEvent) {
    this.closedWith = e;
  }
  /** The Yjs updates among the messages sent (sync step 2 and update messages). */
  updates(): Uint8Array[] {
    return this.sent.flatMap((m) => {
      const d = decoding.createDecoder(m);
      if (decoding.readVarUint(d) !== 0) return [];
      return decoding.readVarUint(d) === 0 ? [] : [decoding.readVarUint8Array(d)];
    });
  }
}

function change(fn: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  fn(doc);
  return Y.encodeStateAsUpdate(doc);
}

describe('Room', () => {
  let dir: string;
  let store: Store;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'room-'));
    store = openSqliteStore(dir, 'NORMAL');
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores an update before relaying it, and not back to its sender', async () => {
    const room = await Room.load('d', store.docs, { compactEvery: 100 }, () => {});
    const storedWhenRelayed: number[] = [];
    const writer = new RecordingPeer(true);
    const reader = new RecordingPeer(false, () => {
      void store.docs.load('d').then((s) => storedWhenRelayed.push(s.updates.length));
    });
    room.join(writer);
    room.join(reader);
    await room.update(
      writer,
      change((d) => d.getMap('m').set('a', 1)),
    );
    const reloaded = new Y.Doc();
    for (const u of (await store.docs.load('d')).updates) Y.applyUpdate(reloaded, u);
    expect(reloaded.getMap('m').get('a')).toBe(1);
    expect(reader.updates()).toHaveLength(1);
    expect(writer.updates()).toHaveLength(0);
    expect(storedWhenRelayed.at(-1)).toBe(1);
  });

  it('commits updates that arrive in one turn once, and sends every peer the same one message', async () => {
    const room = await Room.load('d', store.docs, { compactEvery: 100 }, () => {});
    const a = new RecordingPeer(true);
    const b = new RecordingPeer(true);
    const reader = new RecordingPeer(false);
    for (const peer of [a, b, reader]) room.join(peer);
    await Promise.all([
      room.update(
        a,
        change((d) => d.getMap('m').set('a', 1)),
      ),
      room.update(
        b,
        change((d) => d.getMap('m').set('b', 1)),
      ),
    ]);
    expect((await store.docs.load('d')).updates).toHaveLength(1);
    const seenBy = (peer: RecordingPeer) => {
      expect(peer.updates()).toHaveLength(1);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, peer.updates()[0]!);
      return doc.getMap('m').toJSON();
    };
    expect(seenBy(reader)).toEqual({ a: 1, b: 1 });
    // The senders get the batch with their own change in it, which their Yjs already has.
    expect(seenBy(a)).toEqual({ a: 1, b: 1 });
    expect(seenBy(b)).toEqual({ a: 1, b: 1 });
    // One message object for all: a connection frames it once for every socket.
    expect(new Set([a, b, reader].map((peer) => peer.sent.at(-1))).size).toBe(1);
  });

  it('keeps the order of updates and other requests: a sync answered between two updates holds only the first', async () => {
    const room = await Room.load('d', store.docs, { compactEvery: 100 }, () => {});
    const writer = new RecordingPeer(true);
    const newcomer = new RecordingPeer(false);
    room.join(writer);
    room.join(newcomer);
    const first = room.update(
      writer,
      change((d) => d.getMap('m').set('first', 1)),
    );
    const answered = room.syncStep1(newcomer, Y.encodeStateVector(new Y.Doc()));
    const second = room.update(
      writer,
      change((d) => d.getMap('m').set('second', 1)),
    );
    await Promise.all([first, answered, second]);
    // The newcomer's messages after its step 1: the first update, the answer, the second update.
    const answer = newcomer.sent.slice(1).map((m) => {
      const d = decoding.createDecoder(m);
      decoding.readVarUint(d);
      const kind = decoding.readVarUint(d);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, decoding.readVarUint8Array(d));
      return [kind, Object.keys(doc.getMap('m').toJSON())];
    });
    expect(answer).toEqual([
      [2, ['first']],
      [1, ['first']],
      [2, ['second']],
    ]);
    expect((await store.docs.load('d')).updates).toHaveLength(2);
  });

  it("takes no turn for a joiner's empty answer to its step 1: nothing stored, and the next sync answered at once", async () => {
    const room = await Room.load('d', store.docs, { compactEvery: 100 }, () => {});
    const joiner = new RecordingPeer(true);
    const newcomer = new RecordingPeer(false);
    room.join(joiner);
    room.join(newcomer);
    const emptyAnswer = room.update(joiner, Y.encodeStateAsUpdate(new Y.Doc()));
    void room.syncStep1(newcomer, Y.encodeStateVector(new Y.Doc()));
    // A batch would wait for the I/O of this turn: the answer comes before the next one.
    const sentBeforeNextTurn = await new Promise<number>((resolve) => setImmediate(() => resolve(newcomer.sent.length)));
    await emptyAnswer;
    expect(sentBeforeNextTurn).toBe(2);
    expect((await store.docs.load('d')).updates).toHaveLength(0);
    expect(newcomer.updates()).toHaveLength(1);
  });

  it('ignores updates from read-only peers: not applied, stored or relayed', async () => {
    const room = await Room.load('d', store.docs, { compactEvery: 100 }, () => {});
    const observer = new RecordingPeer(false);
    const other = new RecordingPeer(true);
    room.join(observer);
    room.join(other);
    await room.update(
      observer,
      change((d) => d.getMap('m').set('evil', 1)),
    );
    expect(room.doc.getMap('m').has('evil')).toBe(false);
    expect((await store.docs.load('d')).updates).toHaveLength(0);
    expect(other.updates()).toHaveLength(0);
  });

  it('closes the sender of an undecodable update with 4400 and keeps serving others', async () => {
    const room = await Room.load('d', store.docs, { compactEvery: 100 }, () => {});
    const bad = new RecordingPeer(true);
    const good = new RecordingPeer(true);
    room.join(bad);
    room.join(good);
    await room.update(bad, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(bad.closedWith?.code).toBe(4400);
    await room.update(
      good,
      change((d) => d.getMap('m').set('ok', true)),
    );
    expect(room.doc.getMap('m').get('ok')).toBe(true);
  });

  it('compacts the log into one update with the same content', async () => {
    const room = await Room.load('d', store.docs, { compactEvery: 1000 }, () => {});
    const peer = new RecordingPeer(true);
    room.join(peer);
    const client = new Y.Doc();
    client.on('update', (u: Uint8Array) => void room.update(peer, u));
    for (let i = 0; i < 50; i++) client.getMap('m').set(`k${i}`, i);
    await room.compact();
    const stored = await store.docs.load('d');
    expect(stored.updates).toHaveLength(1);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, stored.updates[0]!);
    expect(reloaded.getMap('m').toJSON()).toEqual(client.getMap('m').toJSON());
    // Appends after a compaction keep their order after the snapshot.
    client.getMap('m').set('after', 1);
    await room.update(peer, Y.encodeStateAsUpdate(client));
    const again = new Y.Doc();
    for (const u of (await store.docs.load('d')).updates) Y.applyUpdate(again, u);
    expect(again.getMap('m').get('after')).toBe(1);
  });

  it('closes every peer with 1011 when the store fails, relaying nothing', async () => {
    const failing: DocStore = { ...store.docs, append: () => Promise.reject(new Error('disk full')) };
    const room = await Room.load('d', failing, { compactEvery: 100 }, () => {});
    const a = new RecordingPeer(true);
    const b = new RecordingPeer(true);
    room.join(a);
    room.join(b);
    await room.update(
      a,
      change((d) => d.getMap('m').set('x', 1)),
    );
    expect(a.closedWith?.code).toBe(1011);
    expect(b.closedWith?.code).toBe(1011);
    expect(b.updates()).toHaveLength(0);
  });

  describe('shared by several server processes (one room each, on one store)', () => {
    /** What the store holds of `name`, as one document. */
    async function stored(name: string): Promise<Y.Doc> {
      const doc = new Y.Doc();
      for (const u of (await store.docs.load(name)).updates) Y.applyUpdate(doc, u);
      return doc;
    }

    it('compaction never merges away rows another process stored that this one has not applied', async () => {
      const here = await Room.load('d', store.docs, { compactEvery: 100, shared: true }, () => {});
      const there = await Room.load('d', store.docs, { compactEvery: 100, shared: true }, () => {});
      const peer = new RecordingPeer(true);
      here.join(peer);
      await there.write('test', (doc) => doc.getMap('m').set('there', 1)); // its message never arrives here
      await here.write('test', (doc) => doc.getMap('m').set('here', 1));
      await here.write('test', (doc) => doc.getMap('m').set('here again', 1));
      await here.compact();
      expect((await stored('d')).getMap('m').toJSON()).toEqual({ there: 1, here: 1, 'here again': 1 });
      // What compaction found in the store reached this process's peers too.
      const seen = new Y.Doc();
      for (const u of peer.updates()) Y.applyUpdate(seen, u);
      expect(seen.getMap('m').get('there')).toBe(1);
    });

    it('an update received from another process is relayed to every peer, and neither stored again nor answered', async () => {
      const room = await Room.load('d', store.docs, { compactEvery: 100, shared: true }, () => {});
      const stores: number[] = [];
      const hooked = await Room.load(
        'e',
        store.docs,
        { compactEvery: 100, hooks: [{ afterStore: ({ seq }) => stores.push(seq) }] },
        () => {},
      );
      const a = new RecordingPeer(true);
      const b = new RecordingPeer(false);
      room.join(a);
      room.join(b);
      hooked.join(new RecordingPeer(true));
      const update = change((d) => d.getMap('m').set('x', 1));
      await room.receive(update);
      await room.receive(update); // a duplicate changes nothing and is not relayed again
      await hooked.receive(update);
      expect(a.updates()).toHaveLength(1);
      expect(b.updates()).toHaveLength(1);
      expect((await store.docs.load('d')).updates).toHaveLength(0);
      expect(stores).toEqual([]);
      expect(hooked.doc.getMap('m').get('x')).toBe(1);
    });

    it('catching up applies and relays what the store holds and the room lacks', async () => {
      const here = await Room.load('d', store.docs, { compactEvery: 100, shared: true }, () => {});
      const there = await Room.load('d', store.docs, { compactEvery: 100, shared: true }, () => {});
      const peer = new RecordingPeer(false);
      here.join(peer);
      await there.write('test', (doc) => doc.getMap('m').set('missed', 1));
      await here.catchUp();
      expect(here.doc.getMap('m').get('missed')).toBe(1);
      expect(peer.updates()).toHaveLength(1);
    });
  });

  describe('a document nobody uses sleeps', () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    /** Sleeps until the room's document sleeps (its sleep runs in the room's queue). */
    async function untilAsleep(room: Room): Promise<void> {
      for (let i = 0; i < 100 && !room.asleep; i++) await sleep(20);
      expect(room.asleep).toBe(true);
    }

    it('is loaded asleep: a client that joins and has nothing new builds no document', async () => {
      await store.docs.append(
        'd',
        change((d) => d.getMap('m').set('stored', 1)),
      );
      const room = await Room.load('d', store.docs, { compactEvery: 100, sleepAfterMs: 50 }, () => {});
      const reader = new RecordingPeer(true);
      room.join(reader);
      await room.syncStep1(reader, Y.encodeStateVector(new Y.Doc()));
      await room.update(reader, Y.encodeStateAsUpdate(new Y.Doc())); // its step 2: nothing new
      expect(room.asleep).toBe(true);
      const seen = new Y.Doc();
      for (const u of reader.updates()) Y.applyUpdate(seen, u);
      expect(seen.getMap('m').toJSON()).toEqual({ stored: 1 });
      expect(room.doc.getMap('m').get('stored')).toBe(1);
    });

    it('answers a joiner with nothing from the stored state as it is, and one with part of it with only the rest', async () => {
      const client = new Y.Doc();
      client.getMap('m').set('a', 1);
      const partial = Y.encodeStateVector(client);
      const first = Y.encodeStateAsUpdate(client);
      client.getMap('m').set('b', 2);
      const stored = Y.encodeStateAsUpdate(client);
      await store.docs.append('d', stored);
      const room = await Room.load('d', store.docs, { compactEvery: 100, sleepAfterMs: 50 }, () => {});
      const fresh = new RecordingPeer(false);
      room.join(fresh);
      await room.syncStep1(fresh, Y.encodeStateVector(new Y.Doc()));
      expect(fresh.updates()).toEqual([stored]);
      const behind = new RecordingPeer(false);
      room.join(behind);
      await room.syncStep1(behind, partial);
      const [rest] = behind.updates();
      expect(rest!.length).toBeLessThan(stored.length);
      const seen = new Y.Doc();
      Y.applyUpdate(seen, first);
      Y.applyUpdate(seen, rest!);
      expect(seen.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
      expect(room.asleep).toBe(true);
    });

    it('never hands a joiner the content of items deleted in its log, awake or asleep', async () => {
      const client = new Y.Doc();
      const rows: Uint8Array[] = [];
      client.on('update', (u: Uint8Array) => rows.push(u));
      client.getMap('m').set('gone', 'confidential text');
      client.getMap('m').delete('gone');
      client.getMap('m').set('kept', 'public');
      for (const row of rows) await store.docs.append('d', row);
      const room = await Room.load('d', store.docs, { compactEvery: 100, sleepAfterMs: 50 }, () => {});
      const answer = async () => {
        const reader = new RecordingPeer(false);
        room.join(reader);
        await room.syncStep1(reader, Y.encodeStateVector(new Y.Doc()));
        room.leave(reader);
        return Buffer.concat(reader.updates());
      };
      expect(room.asleep).toBe(false); // a log of several updates is loaded awake
      const awake = await answer();
      expect(awake.includes('public')).toBe(true);
      expect(awake.includes('confidential')).toBe(false);
      await untilAsleep(room);
      expect((await answer()).includes('confidential')).toBe(false);
    });

    it('answers joins and presence from its encoded state, then wakes for a write with its content and client id', async () => {
      const room = await Room.load('d', store.docs, { compactEvery: 100, sleepAfterMs: 50 }, () => {});
      const clientId = room.doc.clientID;
      const client = new Y.Doc();
      const writer = new RecordingPeer(true);
      room.join(writer);
      client.getMap('m').set('a', 1);
      await room.update(writer, Y.encodeStateAsUpdate(client));
      await untilAsleep(room);

      const reader = new RecordingPeer(false);
      room.join(reader);
      await room.syncStep1(reader, Y.encodeStateVector(new Y.Doc()));
      const seen = new Y.Doc();
      for (const u of reader.updates()) Y.applyUpdate(seen, u);
      expect(seen.getMap('m').toJSON()).toEqual({ a: 1 });
      const presence = new Y.Doc();
      const awareness = new awarenessProtocol.Awareness(presence);
      awareness.setLocalState({ name: 'Ann' });
      expect(room.applyAwareness(reader, awarenessProtocol.encodeAwarenessUpdate(awareness, [presence.clientID]))).toBeGreaterThan(0);
      expect(room.asleep).toBe(true);

      const before = Y.encodeStateVector(client);
      client.getMap('m').set('b', 2);
      await room.update(writer, Y.encodeStateAsUpdate(client, before));
      expect(room.asleep).toBe(false);
      expect(room.doc.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
      expect(room.doc.clientID).toBe(clientId);
      for (const u of reader.updates()) Y.applyUpdate(seen, u);
      expect(seen.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
      const reloaded = new Y.Doc();
      for (const u of (await store.docs.load('d')).updates) Y.applyUpdate(reloaded, u);
      expect(reloaded.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
      awareness.destroy();
    });

    it('has a picture made as it falls asleep and stored with its compaction, which a room loaded asleep serves unwoken', async () => {
      const picture = (doc: Y.Doc) => Buffer.from(JSON.stringify(doc.getMap('m').toJSON()));
      const read = (room: Room) => JSON.parse(Buffer.from(room.picture()!).toString()) as unknown;
      const options = { compactEvery: 100, sleepAfterMs: 30, picture };
      const room = await Room.load('d', store.docs, options, () => {});
      await room.write('test', (doc) => doc.getMap('m').set('x', 1));
      await room.write('test', (doc) => doc.getMap('m').set('y', 2));
      await untilAsleep(room);
      expect(read(room)).toEqual({ x: 1, y: 2 });
      // Stored as it fell asleep, before any unload (a later task in the room's queue waits for it).
      await room.compact();
      expect(Buffer.from((await store.docs.load('d')).picture!).toString()).toBe('{"x":1,"y":2}');
      expect((await store.docs.load('d')).updates).toHaveLength(1);
      await room.close();
      expect(Buffer.from((await store.docs.load('d')).picture!).toString()).toBe('{"x":1,"y":2}');

      const reloaded = await Room.load('d', store.docs, options, () => {});
      expect(reloaded.asleep).toBe(true);
      expect(read(reloaded)).toEqual({ x: 1, y: 2 });
      expect(reloaded.asleep).toBe(true);
      await reloaded.write('test', (doc) => doc.getMap('m').set('z', 3));
      expect(read(reloaded)).toEqual({ x: 1, y: 2, z: 3 });
      // The stored picture showed the log through its compaction: a later row makes it stale.
      expect((await store.docs.load('d')).picture).toBeUndefined();
      await reloaded.close();
      expect(Buffer.from((await store.docs.load('d')).picture!).toString()).toBe('{"x":1,"y":2,"z":3}');
    });

    it('pictures a periodic compaction only with a picture already made, and always the last one', async () => {
      let made = 0;
      const picture = (doc: Y.Doc) => {
        made++;
        return Buffer.from(JSON.stringify(doc.getMap('m').toJSON()));
      };
      const stored = async () => {
        const bytes = (await store.docs.load('d')).picture;
        return bytes && (JSON.parse(Buffer.from(bytes).toString()) as unknown);
      };
      const options = { compactEvery: 100, picture };
      const room = await Room.load('d', store.docs, options, () => {});
      await room.write('test', (doc) => doc.getMap('m').set('x', 1));
      await room.write('test', (doc) => doc.getMap('m').set('y', 2));
      await room.compact();
      expect(made).toBe(0);
      expect(await stored()).toBeUndefined();

      // A picture someone asked for goes with the next compaction while it is current…
      expect(room.picture()).not.toBeNull();
      await room.compact();
      expect(await stored()).toEqual({ x: 1, y: 2 });
      // …and not once a write made it stale.
      await room.write('test', (doc) => doc.getMap('m').set('z', 3));
      await room.compact();
      expect(await stored()).toBeUndefined();
      expect(made).toBe(1);

      // Unloading pictures the document, though nothing is left to merge.
      await room.close();
      expect(made).toBe(2);
      expect(await stored()).toEqual({ x: 1, y: 2, z: 3 });
      expect((await store.docs.load('d')).updates).toHaveLength(1);

      // A room loaded with a current picture neither makes nor stores another when it unloads.
      const reloaded = await Room.load('d', store.docs, options, () => {});
      await reloaded.close();
      expect(made).toBe(2);
      expect(await stored()).toEqual({ x: 1, y: 2, z: 3 });
    });

    it("stays asleep on a shared store: merging would apply other processes' rows and wake it, so that waits for the unload", async () => {
      const picture = (doc: Y.Doc) => Buffer.from(JSON.stringify(doc.getMap('m').toJSON()));
      const room = await Room.load('d', store.docs, { compactEvery: 100, sleepAfterMs: 30, shared: true, picture }, () => {});
      await room.write('test', (doc) => doc.getMap('m').set('x', 1));
      await room.write('test', (doc) => doc.getMap('m').set('y', 2));
      await untilAsleep(room);
      await sleep(100);
      expect(room.asleep).toBe(true);
      expect((await store.docs.load('d')).updates).toHaveLength(2);
      await room.close();
      const stored = await store.docs.load('d');
      expect(stored.updates).toHaveLength(1);
      expect(Buffer.from(stored.picture!).toString()).toBe('{"x":1,"y":2}');
    });

    it('sleeps and compacts without a picture when making one fails', async () => {
      const picture = () => {
        throw new Error('unreadable');
      };
      const room = await Room.load('d', store.docs, { compactEvery: 100, sleepAfterMs: 30, picture }, () => {});
      await room.write('test', (doc) => doc.getMap('m').set('x', 1));
      await room.write('test', (doc) => doc.getMap('m').set('y', 2));
      await untilAsleep(room);
      expect(room.picture()).toBeNull();
      await room.close();
      const stored = await store.docs.load('d');
      expect(stored.picture).toBeUndefined();
      const reloaded = new Y.Doc();
      Y.applyUpdate(reloaded, stored.updates[0]!);
      expect(reloaded.getMap('m').toJSON()).toEqual({ x: 1, y: 2 });
    });

    it('has no picture asleep when none was stored, and none without a maker', async () => {
      await store.docs.append(
        'd',
        change((d) => d.getMap('m').set('stored', 1)),
      );
      const pictured = await Room.load(
        'd',
        store.docs,
        { compactEvery: 100, sleepAfterMs: 50, picture: () => new Uint8Array([1]) },
        () => {},
      );
      expect(pictured.picture()).toBeNull();
      expect(pictured.asleep).toBe(true);
      const plain = await Room.load('d', store.docs, { compactEvery: 100 }, () => {});
      expect(plain.picture()).toBeNull();
    });

    it('compacts and closes while asleep without losing anything', async () => {
      const room = await Room.load('d', store.docs, { compactEvery: 100, sleepAfterMs: 30 }, () => {});
      await room.write('test', (doc) => doc.getMap('m').set('x', 1));
      await room.write('test', (doc) => doc.getMap('m').set('y', 2));
      await untilAsleep(room);
      await room.close();
      const stored = (await store.docs.load('d')).updates;
      expect(stored).toHaveLength(1);
      const reloaded = new Y.Doc();
      Y.applyUpdate(reloaded, stored[0]!);
      expect(reloaded.getMap('m').toJSON()).toEqual({ x: 1, y: 2 });
    });
  });
});

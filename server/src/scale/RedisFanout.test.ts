import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../../../tests/helpers/redis.js';
import { openSqliteStore } from '../store/sqlite/SqliteStore.js';
import type { DocStore, Store } from '../store/Store.js';
import { RedisFanout } from './RedisFanout.js';

let redis: TestRedis;
let dir: string;
let store: Store;
const fanouts: RedisFanout[] = [];

beforeAll(async () => {
  redis = await startRedis();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fanout-'));
  store = openSqliteStore(dir, 'NORMAL');
});
afterAll(async () => {
  for (const f of fanouts) f.close();
  await store.close();
  await redis.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function serverProcess(): Promise<RedisFanout> {
  const fanout = new RedisFanout(redis.url);
  fanouts.push(fanout);
  await fanout.connect();
  return fanout;
}

async function until(predicate: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

it('a process loading a document misses nothing another process commits while it reads the store', async () => {
  const [first, second] = [await serverProcess(), await serverProcess()];
  const open = { compactEvery: 100 };
  const there = await first.loader(store.docs)('d', open, () => {});
  // The second process reads the store, then waits before it has built its room.
  let read = false;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const slow: DocStore = {
    ...store.docs,
    load: async (name) => {
      const rows = await store.docs.load(name);
      read = true;
      await gate;
      return rows;
    },
  };
  const loading = second.loader(slow)('d', open, () => {});
  await until(() => read, 'the store read');
  await there.write('test', (doc) => doc.getMap('m').set('during the load', 1));
  await new Promise((r) => setTimeout(r, 100)); // published, and arrived while the room is not there yet
  release();
  const here = await loading;
  await until(() => here.doc.getMap('m').get('during the load') === 1, 'the update committed during the load');
  // And from then on, live both ways.
  await here.write('test', (doc) => doc.getMap('m').set('back', 1));
  await until(() => there.doc.getMap('m').get('back') === 1, 'the update to go back');
});

it('takes a lock once: a second taker waits for its release', async () => {
  const [first, second] = [await serverProcess(), await serverProcess()];
  const release = await first.lock('k', 10_000, 0);
  expect(release).not.toBeNull();
  expect(await second.lock('k', 10_000, 100)).toBeNull();
  await release!();
  const again = await second.lock('k', 10_000, 100);
  expect(again).not.toBeNull();
  await again!();
});

it('updates it could not publish while its publisher was cut off reach the others once it is back', async () => {
  const [first, second] = [await serverProcess(), await serverProcess()];
  const open = { compactEvery: 100 };
  const there = await first.loader(store.docs)('p', open, () => {});
  const here = await second.loader(store.docs)('p', open, () => {});
  // Cut every publisher (plain connections), not the subscribers: nobody rejoins by itself.
  const admin = new Redis(redis.url);
  await admin.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
  admin.disconnect();
  await until(() => !first.reachable, 'the publisher to notice');
  await there.write('test', (doc) => doc.getMap('m').set('unpublished', 1));
  await until(() => first.reachable, 'the publisher to reconnect');
  await until(() => here.doc.getMap('m').get('unpublished') === 1, 'the update to arrive through the store');
});

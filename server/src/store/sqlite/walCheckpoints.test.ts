import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_FILE } from './openDatabase.js';
import { openSqliteStore } from './SqliteStore.js';
import type { Store } from '../Store.js';

describe('WAL checkpoints in a worker', () => {
  let dir: string;
  let store: Store;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wal-'));
    store = openSqliteStore(dir, 'NORMAL');
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('move what was committed into the database file while the writer goes on, and lose nothing', async () => {
    const size = () => fs.statSync(path.join(dir, DB_FILE)).size;
    const before = size();
    const update = new Uint8Array(2048).fill(7);
    for (let i = 0; i < 1500; i++) await store.docs.append('d', update);
    // The writer never checkpoints (the WAL alone holds these 3 MB) until the worker has.
    await expect.poll(size, { timeout: 5000, interval: 100 }).toBeGreaterThan(before + 2_000_000);
    for (let i = 0; i < 100; i++) await store.docs.append('d', update);
    expect((await store.docs.load('d')).updates).toHaveLength(1600);
  });

  it('end with the store: it closes, and opens again with everything', async () => {
    await store.docs.append('d', new Uint8Array([1, 2, 3]));
    await store.close();
    store = openSqliteStore(dir, 'NORMAL');
    expect((await store.docs.load('d')).updates).toEqual([new Uint8Array([1, 2, 3])]);
  });
});

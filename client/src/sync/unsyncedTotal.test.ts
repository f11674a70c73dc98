import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../store/index.js';
import { reportUnsynced } from './unsyncedTotal.js';

afterEach(() => {
  for (const name of ['s1', 's1.control', 's1.private.p1']) reportUnsynced(name, 0, true);
});

describe('reportUnsynced', () => {
  it('adds up the documents, and says the changes are kept only while every document holding some has a copy', () => {
    reportUnsynced('s1', 2, true);
    reportUnsynced('s1.control', 0, false); // no copy, but nothing waiting in it
    expect(useStore.getState()).toMatchObject({ unsynced: 2, unsyncedKept: true });
    reportUnsynced('s1.private.p1', 1, false);
    expect(useStore.getState()).toMatchObject({ unsynced: 3, unsyncedKept: false });
    reportUnsynced('s1.private.p1', 0, false);
    expect(useStore.getState()).toMatchObject({ unsynced: 2, unsyncedKept: true });
  });
});

import { describe, expect, it } from 'vitest';
import type { Item, Note } from '@cocreate/shared';
import { changedIds, withChanges } from './itemChanges.js';
import { testNote } from '../testing/testNote.js';

const note = (id: string, text: string): Note => testNote({ id, text });

/** What withChanges must equal: a copied Map with the changes applied. */
function copied(items: ReadonlyMap<string, Item>, changes: ReadonlyMap<string, Item | null>): Map<string, Item> {
  const next = new Map(items);
  for (const [id, item] of changes) {
    if (item) next.set(id, item);
    else next.delete(id);
  }
  return next;
}

/** Entries by id (a version iterates its base's order, then the ids it added). */
const sorted = (items: ReadonlyMap<string, Item>) => [...items].sort(([a], [b]) => (a < b ? -1 : 1));

describe('withChanges', () => {
  it('gives the same map as copying, version after version, and leaves earlier versions as they were', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let items: ReadonlyMap<string, Item> = new Map(Array.from({ length: 50 }, (_, i) => [`n${i}`, note(`n${i}`, 'start')]));
    let expected = new Map(items);
    const history: [ReadonlyMap<string, Item>, Map<string, Item>][] = [];
    // Enough steps for the changes to outgrow a version's overlay several times over.
    for (let step = 0; step < 400; step++) {
      const changes = new Map<string, Item | null>();
      for (let k = 0; k < 1 + random(4); k++) {
        const id = `n${random(70)}`;
        changes.set(id, random(5) === 0 ? null : note(id, `step ${step}`));
      }
      const next = withChanges(items, changes);
      expect(changedIds(items, next)).toEqual(new Set(changes.keys()));
      items = next;
      expected = copied(expected, changes);
      expect(items.size).toBe(expected.size);
      for (let i = 0; i < 70; i++) {
        expect(items.get(`n${i}`)).toBe(expected.get(`n${i}`));
        expect(items.has(`n${i}`)).toBe(expected.has(`n${i}`));
      }
      // Iterated now and then: the next version then builds on the iterated map.
      if (random(10) === 0) expect(sorted(items)).toEqual(sorted(expected));
      history.push([items, expected]);
    }
    for (const [version, map] of history.filter((_, i) => i % 37 === 0)) {
      expect(sorted(version)).toEqual(sorted(map));
      expect([...version.keys()].sort()).toEqual([...map.keys()].sort());
      expect([...version.values()].map((item) => `${item.id}:${item.type === 'note' && item.text}`).sort()).toEqual(
        [...map.values()].map((item) => `${item.id}:${item.type === 'note' && item.text}`).sort(),
      );
      const seen: string[] = [];
      version.forEach((item, id) => {
        seen.push(`${id}:${item.id}`);
      });
      expect(seen.sort()).toEqual([...map].map(([id, item]) => `${id}:${item.id}`).sort());
    }
  });

  it('knows the changed ids only from the map a version was made from', () => {
    const a = new Map<string, Item>([['n1', note('n1', 'a')]]);
    const b = withChanges(a, new Map([['n2', note('n2', 'b')]]));
    const c = withChanges(b, new Map([['n1', null]]));
    expect(changedIds(b, c)).toEqual(new Set(['n1']));
    expect(changedIds(a, c)).toBeNull();
    expect([...c.keys()]).toEqual(['n2']);
    expect([...a.keys()]).toEqual(['n1']);
  });
});

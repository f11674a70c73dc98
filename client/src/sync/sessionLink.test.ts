import { describe, expect, it } from 'vitest';
import { isExpired, readSessionLink } from './sessionLink.js';

/** A Storage backed by a Map (Node has no sessionStorage). */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

const at = (pathname: string, hash = '') => ({ pathname, hash, search: '' }) as Location;

describe('readSessionLink', () => {
  it('reads the session id and token of a link and keeps the token for a reload', () => {
    const storage = memoryStorage();
    expect(readSessionLink(at('/s/abc_D-1', '#token=t.sig'), storage)).toEqual({ sessionId: 'abc_D-1', token: 't.sig' });
    expect(readSessionLink(at('/s/abc_D-1'), storage)).toEqual({ sessionId: 'abc_D-1', token: 't.sig' });
  });

  it('refuses addresses without a valid session id or token', () => {
    const storage = memoryStorage();
    expect(readSessionLink(at('/'), storage)).toBeNull();
    expect(readSessionLink(at('/s/bad%20id', '#token=x.y'), storage)).toBeNull();
    expect(readSessionLink(at('/s/abc'), storage)).toBeNull();
  });
});

describe('isExpired', () => {
  it('compares the expiry, in seconds, with the time now', () => {
    const claims = { sid: 'abc', role: 'observer', exp: 2_000_000_000, gen: 0 } as const;
    expect(isExpired(claims, 1_000)).toBe(false);
    expect(isExpired(claims, 2_000_000_000_000)).toBe(true);
  });
});

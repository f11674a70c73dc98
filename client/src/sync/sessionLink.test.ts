import { describe, expect, it } from 'vitest';
import { decodeToken, isExpired, readSessionLink } from './sessionLink.js';

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

function token(claims: object): string {
  const base64 = btoa(JSON.stringify(claims));
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') + '.c2lnbmF0dXJl';
}

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

describe('decodeToken', () => {
  it('reads the role, session and expiry of a token', () => {
    const claims = decodeToken(token({ v: 1, sid: 'abc', role: 'observer', exp: 2_000_000_000 }));
    expect(claims).toEqual({ sid: 'abc', role: 'observer', exp: 2_000_000_000 });
    expect(isExpired(claims!, 1_000)).toBe(false);
    expect(isExpired(claims!, 2_000_000_000_000)).toBe(true);
  });

  it('answers null for anything that is not a token', () => {
    expect(decodeToken('')).toBeNull();
    expect(decodeToken('nodot')).toBeNull();
    expect(decodeToken('!!!.sig')).toBeNull();
    expect(decodeToken(token({ sid: 'abc', role: 'admin', exp: 1 }))).toBeNull();
    expect(decodeToken(token({ sid: 'abc', role: 'participant' }))).toBeNull();
  });
});

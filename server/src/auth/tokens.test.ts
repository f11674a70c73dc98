import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from './tokens.js';

const secret = randomBytes(32);
const future = Math.floor(Date.now() / 1000) + 3600;

describe('tokens', () => {
  it('round-trips session, role, expiry and link generation', () => {
    const token = signToken(secret, { sid: 'abc_DEF-1', role: 'participant', exp: future });
    expect(verifyToken(secret, token)).toEqual({ ok: true, claims: { sid: 'abc_DEF-1', role: 'participant', exp: future, gen: 0 } });
    const later = signToken(secret, { sid: 'abc_DEF-1', role: 'participant', exp: future, gen: 3 });
    expect(verifyToken(secret, later)).toEqual({ ok: true, claims: { sid: 'abc_DEF-1', role: 'participant', exp: future, gen: 3 } });
  });

  it('refuses a token signed with another secret', () => {
    const token = signToken(randomBytes(32), { sid: 's1', role: 'facilitator', exp: future });
    expect(verifyToken(secret, token)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a payload changed after signing (role escalation)', () => {
    const token = signToken(secret, { sid: 's1', role: 'observer', exp: future });
    const [, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ v: 1, sid: 's1', role: 'facilitator', exp: future })).toString('base64url');
    expect(verifyToken(secret, `${forged}.${sig}`)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses an altered signature', () => {
    const token = signToken(secret, { sid: 's1', role: 'observer', exp: future });
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(verifyToken(secret, token.slice(0, -1) + last).ok).toBe(false);
  });

  it('refuses a valid token with characters appended to its signature', () => {
    const token = signToken(secret, { sid: 's1', role: 'participant', exp: future });
    // Node's base64url decoder ignores these, so they decode to the same signature bytes.
    for (const tail of ['A', 'x', '=', '==', 'AAAA', '.', '%3D', ' ', '\n']) {
      expect(verifyToken(secret, token + tail)).toEqual({ ok: false, reason: 'invalid' });
    }
    const [payload, sig] = token.split('.');
    const padded = Buffer.from(sig!, 'base64url').toString('base64'); // the same bytes, in plain base64 with padding
    expect(verifyToken(secret, `${payload}.${padded}`).ok).toBe(false);
  });

  it('refuses a 100 KiB token without reading it', () => {
    const token = signToken(secret, { sid: 's1', role: 'participant', exp: future });
    expect(verifyToken(secret, token + 'A'.repeat(100 * 1024))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reports expiry and missing tokens', () => {
    const token = signToken(secret, { sid: 's1', role: 'observer', exp: Math.floor(Date.now() / 1000) - 1 });
    expect(verifyToken(secret, token)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyToken(secret, null)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyToken(secret, '')).toEqual({ ok: false, reason: 'missing' });
  });

  it('refuses garbage without throwing', () => {
    for (const junk of ['.', 'a.b.c', 'x'.repeat(5000), 'abc', '.sig', '%%%.###']) {
      expect(verifyToken(secret, junk).ok).toBe(false);
    }
  });
});

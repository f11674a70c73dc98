import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from './tokens.js';

const secret = randomBytes(32);
const future = Math.floor(Date.now() / 1000) + 3600;

describe('tokens', () => {
  it('round-trips session, role and expiry', () => {
    const token = signToken(secret, { sid: 'abc_DEF-1', role: 'participant', exp: future });
    expect(verifyToken(secret, token)).toEqual({ ok: true, claims: { sid: 'abc_DEF-1', role: 'participant', exp: future } });
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

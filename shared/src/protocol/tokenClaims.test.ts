import { describe, expect, it } from 'vitest';
import { decodeTokenClaims } from './tokenClaims.js';
import { MAX_TOKEN_CHARS } from './tokenPayload.js';

const payload = (claims: unknown) => Buffer.from(JSON.stringify(claims)).toString('base64url');
const token = (claims: unknown) => `${payload(claims)}.c2lnbmF0dXJl`;

describe('decodeTokenClaims', () => {
  it('reads the session, role, expiry and link generation (0 when absent) of a token', () => {
    expect(decodeTokenClaims(token({ v: 1, sid: 'abc_D-1', role: 'observer', exp: 2_000_000_000 }))).toEqual({
      sid: 'abc_D-1',
      role: 'observer',
      exp: 2_000_000_000,
      gen: 0,
    });
    expect(decodeTokenClaims(token({ v: 1, sid: 'abc_D-1', role: 'observer', exp: 2_000_000_000, gen: 2 }))?.gen).toBe(2);
    expect(decodeTokenClaims(token({ v: 1, sid: 'abc_D-1', role: 'observer', exp: 2_000_000_000, gen: -1 }))).toBeNull();
  });

  it('answers null for anything that is not a token', () => {
    const valid = { v: 1, sid: 'abc', role: 'participant', exp: 2_000_000_000 };
    for (const junk of [
      '',
      'nodot',
      '!!!.sig',
      `${payload(valid)}.`,
      `.${payload(valid)}`,
      `${payload(valid)}.sig.more`,
      `${payload(valid)}.sig=`,
      `${payload(valid)}.${'s'.repeat(MAX_TOKEN_CHARS)}`,
      token({ ...valid, role: 'admin' }),
      token({ ...valid, v: 2 }),
      token({ ...valid, sid: 'not/a/session' }),
      token({ ...valid, exp: '2000000000' }),
      token({ sid: 'abc', role: 'participant' }),
      token(null),
      token('a string'),
      `${Buffer.from('{"v":1,').toString('base64url')}.sig`,
      `${Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')}.sig`,
    ]) {
      expect(decodeTokenClaims(junk)).toBeNull();
    }
  });
});

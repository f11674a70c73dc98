import { describe, expect, it } from 'vitest';
import { MAX_TOKEN_CHARS, readTokenPayload } from './tokenPayload.js';

const token = (payload: string) => `${Buffer.from(payload).toString('base64url')}.c2lnbmF0dXJl`;

describe('readTokenPayload', () => {
  it("gives a well-formed token's JSON payload as it is, unvalidated", () => {
    expect(readTokenPayload(token('{"v":1,"role":"observer","extra":[1]}'))).toEqual({ v: 1, role: 'observer', extra: [1] });
    expect(readTokenPayload(token('"a string"'))).toBe('a string');
  });

  it('answers null for a token of the wrong shape or length, or a payload that is not JSON', () => {
    for (const junk of ['', 'nodot', '!!!.sig', `${token('{}')}.more`, token('{"v":1,'), `a.${'s'.repeat(MAX_TOKEN_CHARS)}`]) {
      expect(readTokenPayload(junk)).toBeNull();
    }
  });
});

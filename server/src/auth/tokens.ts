import { createHmac, timingSafeEqual } from 'node:crypto';
import { MAX_TOKEN_CHARS, decodeTokenClaims, type TokenClaims } from '@cocreate/shared';

export type { TokenClaims } from '@cocreate/shared';

/** The signature of a payload, in the exact text a token carries (base64url of HMAC-SHA256). */
function signature(secret: Buffer, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** A signed token: `base64url(JSON claims).base64url(HMAC-SHA256)`. */
export function signToken(secret: Buffer, claims: Omit<TokenClaims, 'gen'> & { gen?: number }): string {
  // Generation 0 is left out, so tokens of sessions that never revoked their links look as before.
  const { gen = 0, ...rest } = claims;
  const payload = Buffer.from(JSON.stringify({ v: 1, ...rest, ...(gen > 0 ? { gen } : {}) })).toString('base64url');
  return `${payload}.${signature(secret, payload)}`;
}

/** The outcome of checking a token. */
export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

/** Checks a token's signature (constant-time) and expiry. */
export function verifyToken(secret: Buffer, token: string | null | undefined, now = Date.now()): TokenCheck {
  if (!token) return { ok: false, reason: 'missing' };
  if (token.length > MAX_TOKEN_CHARS) return { ok: false, reason: 'invalid' };
  const dot = token.indexOf('.');
  if (dot <= 0) return { ok: false, reason: 'invalid' };
  // The signature is compared as text, not as decoded bytes: base64url decoding skips characters
  // appended to it, so a token with junk after its signature would otherwise still be accepted.
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(secret, token.slice(0, dot)));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  const claims = decodeTokenClaims(token);
  if (!claims) return { ok: false, reason: 'invalid' };
  if (claims.exp * 1000 <= now) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

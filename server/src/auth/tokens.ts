import { createHmac, timingSafeEqual } from 'node:crypto';
import { RoleSchema, SESSION_ID_PATTERN, type Role } from '@cocreate/shared';
import { z } from 'zod';

/** What a token says: session, role and expiry (seconds since the epoch). */
export interface TokenClaims {
  sid: string;
  role: Role;
  exp: number;
}

const ClaimsSchema = z.object({
  v: z.literal(1),
  sid: z.string().regex(SESSION_ID_PATTERN),
  role: RoleSchema,
  exp: z.number().int().positive(),
});

function mac(secret: Buffer, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** A signed token: `base64url(JSON claims).base64url(HMAC-SHA256)`. */
export function signToken(secret: Buffer, claims: TokenClaims): string {
  const payload = Buffer.from(JSON.stringify({ v: 1, ...claims })).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The outcome of checking a token. */
export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

/** Checks a token's signature (constant-time) and expiry. */
export function verifyToken(secret: Buffer, token: string | null | undefined, now = Date.now()): TokenCheck {
  if (!token) return { ok: false, reason: 'missing' };
  if (token.length > 2048) return { ok: false, reason: 'invalid' };
  const dot = token.indexOf('.');
  if (dot <= 0 || dot !== token.lastIndexOf('.')) return { ok: false, reason: 'invalid' };
  const payload = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const parsed = ClaimsSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  if (parsed.data.exp * 1000 <= now) return { ok: false, reason: 'expired' };
  const { sid, role, exp } = parsed.data;
  return { ok: true, claims: { sid, role, exp } };
}

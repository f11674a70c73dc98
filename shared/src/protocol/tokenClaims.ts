import { z } from 'zod';
import { SESSION_ID_PATTERN } from './docNames.js';
import { RoleSchema, type Role } from './roles.js';
import { readTokenPayload } from './tokenPayload.js';

/** A token's JSON payload, version 1. */
export const TokenClaimsSchema = z.object({
  v: z.literal(1),
  sid: z.string().regex(SESSION_ID_PATTERN),
  role: RoleSchema,
  exp: z.number().int().positive(),
  /** The session's link generation it was issued in; revoking the links starts a new one. */
  gen: z.number().int().nonnegative().optional(),
  /** The person a personal token is for (signed at join); role links carry none. */
  pid: z.string().regex(SESSION_ID_PATTERN).optional(),
});

/** What a token says: session, role, expiry (seconds since the epoch) and link generation. */
export interface TokenClaims {
  sid: string;
  role: Role;
  exp: number;
  /** 0 for the links a session was created with; one more each time the facilitator revokes them. */
  gen: number;
  /** The person of a personal token; absent on a role link's token. */
  pid?: string;
}

/**
 * The claims a token carries, or null when it is not a well-formed token. Reads only: the
 * signature is the server's to check (server/src/auth/tokens.ts).
 */
export function decodeTokenClaims(token: string): TokenClaims | null {
  const parsed = TokenClaimsSchema.safeParse(readTokenPayload(token));
  if (!parsed.success) return null;
  const { sid, role, exp, gen = 0, pid } = parsed.data;
  return pid === undefined ? { sid, role, exp, gen } : { sid, role, exp, gen, pid };
}

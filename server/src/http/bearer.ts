import type { IncomingMessage } from 'node:http';
import type { Role } from '@cocreate/shared';
import { verifyToken, type TokenClaims } from '../auth/tokens.js';
import { HttpError } from './HttpError.js';

/**
 * The claims of the request's token (`Authorization: Bearer …`, or `?token=` for <img> sources),
 * checked against the session in the path and the roles allowed; 401 or 403 otherwise.
 */
export function authorize(req: IncomingMessage, url: URL, secret: Buffer, sessionId: string, roles: readonly Role[]): TokenClaims {
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : url.searchParams.get('token');
  const check = verifyToken(secret, token);
  if (!check.ok) throw new HttpError(401, `${check.reason} token`);
  if (check.claims.sid !== sessionId) throw new HttpError(403, 'token is for another session');
  if (!roles.includes(check.claims.role)) throw new HttpError(403, `a ${check.claims.role} token may not do this`);
  return check.claims;
}

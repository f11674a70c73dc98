import { ROLES, SESSION_ID_PATTERN, type Role } from '@cocreate/shared';

/** Whether an address is a session's (`/s/…`) rather than the start page. */
export function isSessionPath(pathname: string): boolean {
  return pathname.startsWith('/s/');
}

/** What a session link (`/s/<id>#token=<token>`) carries. */
export interface SessionLink {
  sessionId: string;
  token: string;
}

/** What the client may read from a token's payload (it cannot verify the signature). */
export interface TokenClaims {
  sid: string;
  role: Role;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const tokenKey = (sessionId: string) => `cocreate.token.${sessionId}`;

/**
 * The session id and token of the current address. The token comes from the hash and is kept in
 * sessionStorage, then removed from the address bar (so a facilitator's link is not shown on the
 * projector or copied along); a reload of this tab finds it again. Null when the address holds none.
 */
export function readSessionLink(location: Location, storage: Storage | null = safeSessionStorage()): SessionLink | null {
  const match = /^\/s\/([^/]+)\/?$/.exec(location.pathname);
  const sessionId = match ? decodeURIComponent(match[1]!) : '';
  if (!SESSION_ID_PATTERN.test(sessionId)) return null;
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    storage?.setItem(tokenKey(sessionId), fromHash);
    if (typeof history !== 'undefined') history.replaceState(history.state, '', location.pathname + location.search);
    return { sessionId, token: fromHash };
  }
  const stored = storage?.getItem(tokenKey(sessionId));
  return stored ? { sessionId, token: stored } : null;
}

/** Reads a token's payload (`base64url(JSON).signature`); null when it is not one. */
export function decodeToken(token: string): TokenClaims | null {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as Partial<TokenClaims> | null;
    if (!claims || typeof claims.sid !== 'string' || typeof claims.exp !== 'number') return null;
    if (!ROLES.includes(claims.role as Role)) return null;
    return { sid: claims.sid, role: claims.role as Role, exp: claims.exp };
  } catch {
    return null;
  }
}

/** True when the token's expiry has passed. */
export function isExpired(claims: TokenClaims, now = Date.now()): boolean {
  return claims.exp * 1000 <= now;
}

function safeSessionStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

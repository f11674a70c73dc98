// Tokens signed with a server's own secret (DATA_DIR/secret.key), in the format docs/documents.md
// documents, for tests that need a token the session's links do not give (another lifetime).
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Role } from '@cocreate/shared';

/** A token for `sid` and `role` expiring `ttlSeconds` from now, signed with the secret in `dataDir`. */
export function signedToken(dataDir: string, sid: string, role: Role, ttlSeconds: number): string {
  const secret = Buffer.from(readFileSync(path.join(dataDir, 'secret.key'), 'utf8').trim(), 'base64url');
  const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
  const payload = Buffer.from(JSON.stringify({ v: 1, sid, role, exp })).toString('base64url');
  return `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`;
}

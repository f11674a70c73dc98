import { readTokenPayload } from '@cocreate/shared';
import { readSessionLink } from '../../sync/sessionLink.js';
import { asksToJoin } from './profile.js';

/**
 * Whether the session link at `location` opens with the join form. Read from the token unverified
 * and without zod, by the first script: it only decides what loads first.
 */
export function opensWithJoinForm(location: Location): boolean {
  const link = readSessionLink(location);
  if (!link) return false;
  const payload = readTokenPayload(link.token);
  const role = typeof payload === 'object' && payload !== null && 'role' in payload ? payload.role : undefined;
  return asksToJoin(role, link.sessionId);
}

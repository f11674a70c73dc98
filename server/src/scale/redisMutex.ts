import { HttpError } from '../http/HttpError.js';
import { localMutex, type SessionMutex } from '../relay/SessionMutex.js';
import type { RedisFanout } from './RedisFanout.js';

/** Longest a process holds a session's lock if it dies before releasing it. */
const LOCK_TTL_MS = 30_000;
/** How long a request waits for the lock before it answers 503. */
const LOCK_WAIT_MS = 5_000;

/**
 * One piece of server work per session at a time across every process: in this process by a
 * local queue, between processes by a Redis lock (SET NX PX), so two reveals sent to two
 * processes at once do not both publish.
 */
export function redisMutex(fanout: RedisFanout): SessionMutex {
  const local = localMutex();
  return {
    run: (sessionId, work) =>
      local.run(sessionId, async () => {
        const release = await fanout.lock(`session:${sessionId}`, LOCK_TTL_MS, LOCK_WAIT_MS);
        if (!release)
          throw new HttpError(503, 'the session is busy on another server process, or Redis is unreachable; try again', {
            'retry-after': '1',
          });
        try {
          return await work();
        } finally {
          await release();
        }
      }),
  };
}

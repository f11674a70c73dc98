import type { RedisFanout } from './RedisFanout.js';

/** The `/healthz` line about Redis: the process serves its own clients either way, so it is not a failure. */
export function redisHealthLine(fanout: RedisFanout | undefined): string {
  if (!fanout) return '';
  return fanout.reachable ? 'redis: reachable\n' : 'redis: unreachable\n';
}

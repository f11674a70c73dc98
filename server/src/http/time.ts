import type { TimeResponse } from '@cocreate/shared';
import { sendJson } from './respond.js';
import type { Router } from './router.js';

/**
 * `GET /api/time` → `{ now }`: the server's clock. Timers end at a server time; each client
 * measures its offset from this answer, so every screen shows the same time left.
 */
export function registerTimeRoute(router: Router): void {
  router.on('GET', /^\/api\/time$/, (_req, res) => sendJson(res, 200, { now: Date.now() } satisfies TimeResponse));
}

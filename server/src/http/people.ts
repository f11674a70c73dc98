import { MAX_JSON_BODY_BYTES, newId } from '@cocreate/shared';
import { z } from 'zod';
import { signToken } from '../auth/tokens.js';
import type { Store } from '../store/Store.js';
import { authorize } from './bearer.js';
import { HttpError } from './HttpError.js';
import { readJson } from './readBody.js';
import { sendJson } from './respond.js';
import type { Router } from './router.js';

const JoinSchema = z.object({}).passthrough();

/**
 * `POST /api/sessions/<id>/people`: a person joins with a role link's token and gets an identity
 * of their own: a person id and a personal token (the same role, signed with the person), which
 * opens their private document and makes every connection of theirs known as theirs. A personal
 * token presented again gets the same person (a reload, a second device with the same token).
 */
export function registerPeopleRoutes(router: Router, deps: { store: Store; secret: Buffer; tokenTtlSeconds: number }): void {
  const authDeps = { secret: deps.secret, sessions: deps.store.sessions };
  router.on('POST', /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/people$/, async (req, res, [id], url) => {
    const { claims, session } = await authorize(req, url, authDeps, id!, ['facilitator', 'participant', 'observer']);
    if (!JoinSchema.safeParse(await readJson(req, MAX_JSON_BODY_BYTES)).success) throw new HttpError(400, 'send a JSON object');
    const personId = claims.pid ?? newId();
    const now = Date.now();
    await deps.store.people.add(id!, { personId, role: claims.role, createdAt: now });
    const exp = Math.floor(now / 1000) + deps.tokenTtlSeconds;
    const token = signToken(deps.secret, { sid: id!, role: claims.role, exp, gen: session.tokenGeneration, pid: personId });
    sendJson(res, 201, { personId, token });
  });
}

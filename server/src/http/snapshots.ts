import {
  FollowUpRequestSchema,
  TakeSnapshotRequestSchema,
  carryOver,
  initSession,
  newId,
  readSessionMeta,
  updateSessionMeta,
  MAX_JSON_BODY_BYTES,
  type SnapshotInfo,
} from '@cocreate/shared';
import * as Y from 'yjs';
import { signToken } from '../auth/tokens.js';
import type { LiveSessions } from '../relay/LiveSessions.js';
import type { SnapshotRecord } from '../store/Store.js';
import { authorize } from './bearer.js';
import { HttpError } from './HttpError.js';
import { readJsonAs } from './readBody.js';
import { sendRecord } from './records.js';
import { builtBoard, sessionDocs } from '../relay/sessionDocs.js';
import { sendJson } from './respond.js';
import { SESSION_PARAM, type Router } from './router.js';
import { issueLinks, sessionLink, takeCreateSlot, type SessionRouteDeps } from './sessions.js';

type Deps = Pick<SessionRouteDeps, 'store' | 'secret' | 'tokenTtlSeconds' | 'baseUrl' | 'createLimit' | 'limitLoopback'> & {
  sessions: LiveSessions;
};

/**
 * Snapshots (`POST|GET /api/sessions/<id>/snapshots`, `…/snapshots/<snapshotId>/record`) and
 * follow-up sessions (`POST /api/sessions/<id>/follow-up`), all for the session's facilitator.
 * A snapshot is a frozen session of its own: its link carries an observer token, the only kind
 * ever signed for it, so no connection may write it; later edits of the session do not touch it.
 */
export function registerSnapshotRoutes(router: Router, deps: Deps): void {
  const authDeps = { secret: deps.secret, sessions: deps.store.sessions };
  const info = (s: SnapshotRecord): SnapshotInfo => {
    const exp = Math.floor(Date.now() / 1000) + deps.tokenTtlSeconds;
    const token = signToken(deps.secret, { sid: s.id, role: 'observer', exp, gen: 0 });
    return { id: s.id, name: s.name, createdAt: s.createdAt, link: sessionLink(deps.baseUrl(), s.id, token) };
  };

  router.on('POST', new RegExp(`^/api/sessions/${SESSION_PARAM}/snapshots$`), async (req, res, [id], url) => {
    const { session } = await authorize(req, url, authDeps, id!, ['facilitator']);
    if (await deps.store.snapshots.get(id!)) throw new HttpError(409, 'a snapshot cannot be snapshotted: take one of the session');
    const { name } = await readJsonAs(req, TakeSnapshotRequestSchema, MAX_JSON_BODY_BYTES);
    const snapshot: SnapshotRecord = { id: newId(12), sessionId: id!, name, createdAt: Date.now() };
    // The state as every client has been sent it: stored before relayed, read in the session's turn.
    const [board, control] = await deps.sessions.use(id!, async (live) => {
      const picture = live.board.picture();
      return [{ state: live.board.encodedState(), ...(picture ? { picture } : {}) }, { state: live.control.encodedState() }] as const;
    });
    await deps.store.snapshots.create(
      snapshot,
      { id: snapshot.id, title: session.title, language: session.language, createdAt: snapshot.createdAt, tokenGeneration: 0 },
      sessionDocs(snapshot.id, control, board),
    );
    sendJson(res, 201, info(snapshot));
  });

  router.on('GET', new RegExp(`^/api/sessions/${SESSION_PARAM}/snapshots$`), async (req, res, [id], url) => {
    await authorize(req, url, authDeps, id!, ['facilitator']);
    sendJson(res, 200, (await deps.store.snapshots.list(id!)).map(info));
  });

  router.on(
    'GET',
    new RegExp(`^/api/sessions/${SESSION_PARAM}/snapshots/${SESSION_PARAM}/record$`),
    async (req, res, [id, snapshotId], url) => {
      await authorize(req, url, authDeps, id!, ['facilitator']);
      const snapshot = await deps.store.snapshots.get(snapshotId!);
      if (!snapshot || snapshot.sessionId !== id) throw new HttpError(404, 'no such snapshot of this session');
      await sendRecord(deps, res, snapshot.id, url);
    },
  );

  // A later session of the same project: partners, agreements, actions and intended value carried
  // over (same ids, so evaluations line up across sessions), linked back, opening on the evaluation.
  router.on('POST', new RegExp(`^/api/sessions/${SESSION_PARAM}/follow-up$`), async (req, res, [id], url) => {
    await authorize(req, url, authDeps, id!, ['facilitator']);
    const input = await readJsonAs(req, FollowUpRequestSchema, MAX_JSON_BODY_BYTES);
    takeCreateSlot(req, deps);
    const newSessionId = newId(12);
    const createdAt = Date.now();
    const board = new Y.Doc();
    const control = new Y.Doc();
    const meta = await deps.sessions.use(id!, async (live) => {
      const previous = readSessionMeta(live.control.doc);
      if (!previous) throw new HttpError(409, 'the session has no valid state to follow up');
      initSession(control, board, {
        title: input.title ?? previous.title,
        language: previous.language,
        challenge: previous.challenge,
        createdAt,
      });
      carryOver(live.board.doc, board);
      return previous;
    });
    updateSessionMeta(control, { previousSessionId: id!, phase: 'actions' });
    await deps.store.sessions.create(
      { id: newSessionId, title: input.title ?? meta.title, language: meta.language, createdAt, tokenGeneration: 0 },
      sessionDocs(newSessionId, { state: Y.encodeStateAsUpdate(control) }, builtBoard(board)),
    );
    sendJson(res, 201, issueLinks(deps, newSessionId, 0, createdAt));
  });
}

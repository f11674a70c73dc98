import type { IncomingMessage } from 'node:http';
import {
  CreateSessionRequestSchema,
  MAX_JSON_BODY_BYTES,
  ROLES,
  initSession,
  newId,
  type CreateSessionResponse,
  type Role,
  type SessionInfo,
} from '@cocreate/shared';
import * as Y from 'yjs';
import { signToken } from '../auth/tokens.js';
import type { Store } from '../store/Store.js';
import type { AddressRateLimit } from './AddressRateLimit.js';
import { authorize } from './bearer.js';
import { HttpError } from './HttpError.js';
import { readJsonAs } from './readBody.js';
import { builtBoard, sessionDocs } from '../relay/sessionDocs.js';
import { sendJson } from './respond.js';
import type { Router } from './router.js';

/** What the session routes need from the server. */
export interface SessionRouteDeps {
  store: Store;
  secret: Buffer;
  tokenTtlSeconds: number;
  /** Base of the links handed out (PUBLIC_URL or the LAN address). */
  baseUrl(): string;
  /** Session creations per client address. */
  createLimit: AddressRateLimit;
  /** Whether requests from loopback addresses count against `createLimit` too. */
  limitLoopback: boolean;
  /** Closes every open connection of a session (its links were revoked). */
  disconnectSession(sessionId: string): Promise<void>;
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses. */
function isLoopback(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

/** The web-app link that opens a session with a token's role. */
export function sessionLink(baseUrl: string, sessionId: string, token: string): string {
  return `${baseUrl}/s/${sessionId}#token=${token}`;
}

/** Fresh tokens of link generation `gen` for every role of a session, valid from `now`, and their links. */
export function issueLinks(
  deps: Pick<SessionRouteDeps, 'secret' | 'tokenTtlSeconds' | 'baseUrl'>,
  id: string,
  gen: number,
  now: number,
): CreateSessionResponse {
  const exp = Math.floor(now / 1000) + deps.tokenTtlSeconds;
  const tokens = Object.fromEntries(ROLES.map((role) => [role, signToken(deps.secret, { sid: id, role, exp, gen })])) as Record<
    Role,
    string
  >;
  const base = deps.baseUrl();
  const links = Object.fromEntries(ROLES.map((role) => [role, sessionLink(base, id, tokens[role])])) as Record<Role, string>;
  return { id, tokens, links };
}

/** Counts a new session against the caller's address; 429 beyond the creation rate. */
export function takeCreateSlot(req: IncomingMessage, deps: Pick<SessionRouteDeps, 'createLimit' | 'limitLoopback'>): void {
  // Per address, not per person: a workshop behind one NAT shares it, hence a generous bound.
  // The machine itself is trusted unless told otherwise: its scripts and a reverse proxy on it.
  const address = req.socket.remoteAddress ?? '';
  const wait = deps.limitLoopback || !isLoopback(address) ? deps.createLimit.take(address) : 0;
  if (wait > 0)
    throw new HttpError(429, `too many new sessions from this address: try again in ${wait} s`, { 'retry-after': String(wait) });
}

/** `POST /api/sessions`, `GET /api/sessions/<id>` and `GET /api/sessions/<id>/links`. */
export function registerSessionRoutes(router: Router, deps: SessionRouteDeps): void {
  const authDeps = { secret: deps.secret, sessions: deps.store.sessions };
  router.on('POST', /^\/api\/sessions$/, async (req, res) => {
    const input = await readJsonAs(req, CreateSessionRequestSchema, MAX_JSON_BODY_BYTES);
    takeCreateSlot(req, deps);
    const { title, language = 'en', challenge, flow } = input;
    const id = newId(12);
    const createdAt = Date.now();
    const control = new Y.Doc();
    const board = new Y.Doc();
    initSession(control, board, { title, language, challenge, flow, createdAt });
    await deps.store.sessions.create(
      { id, title, language, createdAt, tokenGeneration: 0 },
      sessionDocs(id, { state: Y.encodeStateAsUpdate(control) }, builtBoard(board)),
    );
    sendJson(res, 201, issueLinks(deps, id, 0, createdAt));
  });

  // The facilitator hands out links during the session too (on the projector, as QR codes).
  router.on('GET', /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/links$/, async (req, res, [id], url) => {
    const { session } = await authorize(req, url, authDeps, id!, ['facilitator']);
    sendJson(res, 200, issueLinks(deps, id!, session.tokenGeneration, Date.now()));
  });

  // A link that leaked (posted in a chat, photographed on the projector) is revoked with all the
  // others: every older token is refused from now on, open connections are closed with 4401.
  router.on('POST', /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/links\/revoke$/, async (req, res, [id], url) => {
    await authorize(req, url, authDeps, id!, ['facilitator']);
    const gen = await deps.store.sessions.revokeTokens(id!);
    await deps.disconnectSession(id!);
    sendJson(res, 200, issueLinks(deps, id!, gen, Date.now()));
  });

  router.on('GET', /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})$/, async (req, res, [id], url) => {
    const { claims, session } = await authorize(req, url, authDeps, id!, ROLES);
    const snapshot = await deps.store.snapshots.get(session.id);
    const body: SessionInfo = {
      id: session.id,
      title: session.title,
      language: session.language,
      createdAt: session.createdAt,
      role: claims.role,
      snapshot: snapshot && { name: snapshot.name, createdAt: snapshot.createdAt, sessionId: snapshot.sessionId },
    };
    sendJson(res, 200, body);
  });
}

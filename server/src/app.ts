import http from 'node:http';
import { CloseCodes } from '@cocreate/shared';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { log } from './log.js';
import { registerAssetRoutes } from './http/assets.js';
import { AddressRateLimit } from './http/AddressRateLimit.js';
import { registerPeopleRoutes } from './http/people.js';
import { registerPrivacyRoutes } from './http/privacy.js';
import { registerRecordRoutes } from './http/records.js';
import { registerSnapshotRoutes } from './http/snapshots.js';
import { parseRequestTarget } from './http/requestTarget.js';
import { sendError, sendFailure } from './http/respond.js';
import { Router } from './http/router.js';
import { registerSessionRoutes } from './http/sessions.js';
import { staticFiles } from './http/staticFiles.js';
import { registerDocumentRoutes } from './http/documents.js';
import { registerTimeRoute } from './http/time.js';
import { publicBaseUrl } from './network.js';
import type { Store } from './store/Store.js';
import type { LoadRoom } from './relay/LiveSession.js';
import { LiveSessions } from './relay/LiveSessions.js';
import { Room } from './relay/Room.js';
import { localMutex } from './relay/SessionMutex.js';
import type { RedisFanout } from './scale/RedisFanout.js';
import { redisHealthLine } from './scale/redisHealth.js';
import { redisMutex } from './scale/redisMutex.js';
import { createUpgradeHandler } from './ws/upgrade.js';

/**
 * Bound on a request's line and headers together (Node's default is 16 KiB). Large enough that an
 * oversized token in a WebSocket URL (100 KiB) reaches the upgrade and gets the contract's 4401
 * close instead of an HTTP 431 the browser cannot read.
 */
const MAX_HEADER_BYTES = 256 * 1024;

/** Status lines for the parser errors that are not a plain 400. */
const CLIENT_ERROR_STATUS: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

/** A running Cocreate server: one HTTP server for the app, the API and the WebSocket endpoint. */
export interface App {
  server: http.Server;
  sessions: LiveSessions;
  /** Resolves with the bound port once the server accepts connections. */
  listen(): Promise<number>;
  /** Stops accepting, tells clients to reconnect, compacts documents. */
  close(): Promise<void>;
}

/**
 * Wires the HTTP API, the static web app and the y-websocket relay onto one server; with `fanout`
 * (scale-out), its documents are shared live with the other server processes.
 */
export function createApp(config: Config, store: Store, secret: Buffer, fanout?: RedisFanout): App {
  const loadRoom: LoadRoom = fanout ? fanout.loader(store.docs) : (name, options, onEmpty) => Room.load(name, store.docs, options, onEmpty);
  const sessions = new LiveSessions(loadRoom, {
    idleMs: config.docIdleMs,
    rooms: { compactEvery: config.compactEvery, sleepAfterMs: config.docSleepMs },
    mutex: fanout ? redisMutex(fanout) : localMutex(),
  });
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES });
  const baseUrl = () => publicBaseUrl(config.publicUrl, config.host, (server.address() as AddressInfo | null)?.port ?? config.port);

  const router = new Router();
  router.on('GET', /^\/healthz$/, async (_req, res) => {
    const database = store.ping ? `postgres: ${(await store.ping()) ? 'reachable' : 'unreachable'}\n` : '';
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    const documents = await sessions.documents();
    res.end(`ok\n${database}${redisHealthLine(fanout)}documents: ${documents.awake} awake, ${documents.asleep} asleep\n`);
  });
  // Readiness for a load balancer: 503 while this process cannot store (PostgreSQL) or share (Redis).
  router.on('GET', /^\/readyz$/, async (_req, res) => {
    const problems = [
      ...((await store.ping?.()) === false ? ['postgres unreachable'] : []),
      ...(fanout && !fanout.reachable ? ['redis unreachable'] : []),
    ];
    res.writeHead(problems.length ? 503 : 200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(problems.length ? `${problems.join('\n')}\n` : 'ready\n');
  });
  const disconnectSession = async (id: string) => (await sessions.peek(id))?.disconnectAll(CloseCodes.revoked);
  fanout?.onRevoked((id) => void disconnectSession(id));
  const createLimit = new AddressRateLimit(config.sessionCreatePerMinute, config.sessionCreateBurst);
  registerSessionRoutes(router, {
    store,
    secret,
    tokenTtlSeconds: config.tokenTtlSeconds,
    baseUrl,
    createLimit,
    limitLoopback: config.sessionCreateLimitLoopback,
    disconnectSession: async (id) => {
      await disconnectSession(id);
      fanout?.publishRevoked(id);
    },
  });
  registerAssetRoutes(router, { store, secret, maxAssetBytes: config.maxAssetBytes });
  registerPeopleRoutes(router, { store, secret, tokenTtlSeconds: config.tokenTtlSeconds });
  registerPrivacyRoutes(router, { store, secret, sessions });
  registerDocumentRoutes(router, { store, secret, sessions });
  const recordDeps = {
    store,
    secret,
    sessions,
    tokenTtlSeconds: config.tokenTtlSeconds,
    baseUrl,
    createLimit,
    limitLoopback: config.sessionCreateLimitLoopback,
  };
  registerRecordRoutes(router, recordDeps);
  registerSnapshotRoutes(router, recordDeps);
  registerTimeRoute(router);
  const serveStatic = staticFiles(config.clientDist);
  const handleRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = parseRequestTarget(req.url);
    if (!url) return sendError(res, 400, 'malformed request target');
    const route = router.match(req.method ?? 'GET', url.pathname);
    if (route === 'methodNotAllowed') return sendError(res, 405, 'method not allowed');
    if (route) return route.handler(req, res, route.params, url);
    if (url.pathname.startsWith('/api/')) return sendError(res, 404, 'no such endpoint');
    return serveStatic(req, res, url.pathname).then((served) => served || sendError(res, 404, 'not found'));
  };
  // Whatever a request makes a handler throw or reject ends that request, never the process.
  server.on('request', (req, res) => {
    Promise.resolve()
      .then(() => handleRequest(req, res))
      .catch((err: unknown) => sendFailure(req, res, err));
  });

  // A client that sends garbage HTTP gets a 4xx and is dropped; nobody else is affected.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) socket.destroy();
    else socket.end(`HTTP/1.1 ${CLIENT_ERROR_STATUS[err.code ?? ''] ?? '400 Bad Request'}\r\nConnection: close\r\n\r\n`);
  });

  // The server is no proxy: say so, rather than leave the connection hanging up unanswered.
  server.on('connect', (_req, socket) => {
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\n\r\n');
  });

  const upgrades = createUpgradeHandler({
    secret,
    sessions,
    sessionStore: store.sessions,
    limits: {
      maxMessageBytes: config.maxMessageBytes,
      maxCatchupBytes: config.maxCatchupBytes,
      maxBufferedBytes: config.maxBufferedBytes,
      ratePerSecond: config.rateLimitPerSecond,
      burst: config.rateLimitBurst,
    },
  });
  server.on('upgrade', (req, socket, head) => {
    // The HTTP server has let go of the socket: without a listener, a reset client's error would be thrown.
    socket.on('error', () => socket.destroy());
    try {
      upgrades.handleUpgrade(req, socket, head);
    } catch (err) {
      log.error(`upgrade of ${req.url?.slice(0, 200)} failed`, err);
      socket.destroy();
    }
  });

  return {
    server,
    sessions,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          // From now on an error of the listening socket (e.g. out of file descriptors on accept) is logged, not thrown.
          server.off('error', reject).on('error', (err) => log.error('HTTP server error', err));
          resolve((server.address() as AddressInfo).port);
        });
      }),
    async close() {
      upgrades.close();
      server.close();
      await sessions.closeAll();
      server.closeAllConnections();
    },
  };
}

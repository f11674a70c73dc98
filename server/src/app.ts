import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { log } from './log.js';
import { registerAssetRoutes } from './http/assets.js';
import { HttpError } from './http/HttpError.js';
import { sendError } from './http/respond.js';
import { Router } from './http/router.js';
import { registerSessionRoutes } from './http/sessions.js';
import { staticFiles } from './http/staticFiles.js';
import { registerTimeRoute } from './http/time.js';
import { publicBaseUrl } from './network.js';
import type { Store } from './store/Store.js';
import { Rooms } from './ws/Rooms.js';
import { createUpgradeHandler } from './ws/upgrade.js';

/** A running Cocreate server: one HTTP server for the app, the API and the WebSocket endpoint. */
export interface App {
  server: http.Server;
  rooms: Rooms;
  /** Resolves with the bound port once the server accepts connections. */
  listen(): Promise<number>;
  /** Stops accepting, tells clients to reconnect, compacts documents. */
  close(): Promise<void>;
}

/** Wires the HTTP API, the static web app and the y-websocket relay onto one server. */
export function createApp(config: Config, store: Store, secret: Buffer): App {
  const rooms = new Rooms(store.docs, { idleMs: config.docIdleMs, compactEvery: config.compactEvery });
  const server = http.createServer();
  const baseUrl = () => publicBaseUrl(config.publicUrl, config.host, (server.address() as AddressInfo | null)?.port ?? config.port);

  const router = new Router();
  router.on('GET', /^\/healthz$/, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('ok\n');
  });
  registerSessionRoutes(router, { store, secret, tokenTtlSeconds: config.tokenTtlSeconds, baseUrl });
  registerAssetRoutes(router, { store, secret, maxAssetBytes: config.maxAssetBytes });
  registerTimeRoute(router);
  const serveStatic = staticFiles(config.clientDist);

  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = router.match(req.method ?? 'GET', url.pathname);
    if (route === null) {
      if (url.pathname.startsWith('/api/')) return sendError(res, 404, 'no such endpoint');
      return serveStatic(req, res, () => sendError(res, 404, 'not found'));
    }
    if (route === 'methodNotAllowed') return sendError(res, 405, 'method not allowed');
    Promise.resolve()
      .then(() => route.handler(req, res, route.params, url))
      .catch((err: unknown) => {
        if (err instanceof HttpError) return sendError(res, err.status, err.message);
        log.error(`${req.method} ${url.pathname} failed`, err);
        if (!res.headersSent) sendError(res, 500, 'internal error');
        else res.destroy();
      });
  });
  // A client that sends garbage HTTP gets a 400 and is dropped; nobody else is affected.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  const upgrades = createUpgradeHandler({
    secret,
    rooms,
    sessions: store.sessions,
    limits: { maxMessageBytes: config.maxMessageBytes, ratePerSecond: config.rateLimitPerSecond, burst: config.rateLimitBurst },
  });
  server.on('upgrade', (req, socket, head) => upgrades.handleUpgrade(req, socket, head));

  return {
    server,
    rooms,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve((server.address() as AddressInfo).port));
      }),
    async close() {
      upgrades.close();
      server.close();
      await rooms.closeAll();
      server.closeAllConnections();
    },
  };
}

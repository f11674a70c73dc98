import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCodes, canWrite, parseDocName } from '@cocreate/shared';
import { WebSocketServer, type WebSocket } from 'ws';
import { verifyToken } from '../auth/tokens.js';
import { parseRequestTarget } from '../http/requestTarget.js';
import type { LiveSessions } from '../relay/LiveSessions.js';
import type { SessionStore } from '../store/Store.js';
import { Connection, RefusedError, type ConnectionLimits } from './Connection.js';

const HEARTBEAT_MS = 30_000;

/** Path prefix of the WebSocket endpoint: `/ws/<docName>?token=…`. */
export const WS_PREFIX = '/ws/';

/**
 * Handles HTTP upgrades to the y-websocket endpoint. The WebSocket is always accepted and then
 * closed with the contract's code when the token or document is wrong, so browsers can read it.
 */
export function createUpgradeHandler(deps: {
  secret: Buffer;
  sessions: LiveSessions;
  sessionStore: SessionStore;
  limits: ConnectionLimits;
}): { handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void; close(): void } {
  // ws enforces the hard frame limit before buffering (Connection maps its 1009 to 4413): only
  // writers may send a catch-up larger than an ordinary message, so readers get the small bound.
  // No per-message compression: relayed updates are small and binary, and sendFramed needs it off.
  const options = { noServer: true, perMessageDeflate: false } as const;
  const writers = new WebSocketServer({ ...options, maxPayload: Math.max(deps.limits.maxCatchupBytes, deps.limits.maxMessageBytes) });
  const readers = new WebSocketServer({ ...options, maxPayload: deps.limits.maxMessageBytes });

  // Heartbeat: a tablet that went to sleep leaves a dead TCP connection; drop it after a missed pong.
  const alive = new WeakMap<WebSocket, boolean>();
  const heartbeat = setInterval(() => {
    for (const ws of [...writers.clients, ...readers.clients]) {
      if (alive.get(ws) === false) ws.terminate();
      else {
        alive.set(ws, false);
        ws.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    handleUpgrade(req, socket, head) {
      const url = parseRequestTarget(req.url);
      if (!url) {
        socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
        return;
      }
      if (!url.pathname.startsWith(WS_PREFIX)) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
        return;
      }
      let name: string;
      try {
        name = decodeURIComponent(url.pathname.slice(WS_PREFIX.length));
      } catch {
        name = '';
      }
      const check = verifyToken(deps.secret, url.searchParams.get('token'));
      const parsed = parseDocName(name);
      const refusal = !check.ok
        ? { code: CloseCodes.unauthorized.code, reason: `${check.reason} token` }
        : !parsed || parsed.sessionId !== check.claims.sid || (parsed.kind === 'private' && parsed.personId !== check.claims.pid)
          ? CloseCodes.forbidden
          : null;
      const writable = check.ok && parsed !== null && canWrite(check.claims.role, parsed.kind);
      (writable ? writers : readers).handleUpgrade(req, socket, head, (ws) => {
        alive.set(ws, true);
        ws.on('pong', () => alive.set(ws, true));
        if (refusal || !check.ok || !parsed) return ws.close(refusal?.code, refusal?.reason);
        const connection = new Connection(ws, check.claims, writable, deps.limits);
        const ready = deps.sessionStore.get(parsed.sessionId).then(async (session) => {
          if (!session) throw new RefusedError(CloseCodes.forbidden);
          if (check.claims.gen !== session.tokenGeneration) throw new RefusedError(CloseCodes.revoked);
          return (await deps.sessions.get(parsed.sessionId)).room(parsed.kind, parsed.personId);
        });
        connection.attach(ready);
      });
    },
    close() {
      clearInterval(heartbeat);
      writers.close();
      readers.close();
    },
  };
}

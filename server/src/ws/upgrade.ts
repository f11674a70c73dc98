import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCodes, canWrite, docName, parseDocName } from '@cocreate/shared';
import { WebSocketServer, type WebSocket } from 'ws';
import { verifyToken } from '../auth/tokens.js';
import { parseRequestTarget } from '../http/requestTarget.js';
import type { SessionStore } from '../store/Store.js';
import { Connection, RefusedError, type ConnectionLimits } from './Connection.js';
import type { Rooms } from './Rooms.js';

const HEARTBEAT_MS = 30_000;

/** Path prefix of the WebSocket endpoint: `/ws/<docName>?token=…`. */
export const WS_PREFIX = '/ws/';

/**
 * Handles HTTP upgrades to the y-websocket endpoint. The WebSocket is always accepted and then
 * closed with the contract's code when the token or document is wrong, so browsers can read it.
 */
export function createUpgradeHandler(deps: {
  secret: Buffer;
  rooms: Rooms;
  sessions: SessionStore;
  limits: ConnectionLimits;
}): { handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void; close(): void } {
  // ws enforces the hard frame limit before buffering; Connection maps its 1009 to 4413.
  const wss = new WebSocketServer({ noServer: true, maxPayload: deps.limits.maxMessageBytes, perMessageDeflate: false });
  // Heartbeat: a tablet that went to sleep leaves a dead TCP connection; drop it after a missed pong.
  const alive = new WeakMap<WebSocket, boolean>();
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
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
      wss.handleUpgrade(req, socket, head, (ws) => {
        ws.on('pong', () => alive.set(ws, true));
        let name: string;
        try {
          name = decodeURIComponent(url.pathname.slice(WS_PREFIX.length));
        } catch {
          name = '';
        }
        const check = verifyToken(deps.secret, url.searchParams.get('token'));
        if (!check.ok) return ws.close(CloseCodes.unauthorized.code, `${check.reason} token`);
        const parsed = parseDocName(name);
        if (!parsed || parsed.sessionId !== check.claims.sid) return ws.close(CloseCodes.forbidden.code, CloseCodes.forbidden.reason);
        const connection = new Connection(ws, canWrite(check.claims.role, parsed.kind), deps.limits);
        const ready = deps.sessions.get(parsed.sessionId).then((session) => {
          if (!session) throw new RefusedError(CloseCodes.forbidden);
          return deps.rooms.get(docName(parsed.sessionId, parsed.kind));
        });
        connection.attach(ready);
      });
    },
    close() {
      clearInterval(heartbeat);
      wss.close();
    },
  };
}

import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { log } from '../log.js';
import { HttpError } from './HttpError.js';

/** Sends a JSON answer. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** Sends the API's error shape, `{ "error": message }`. */
export function sendError(res: ServerResponse, status: number, message: string, headers: OutgoingHttpHeaders = {}): void {
  sendJson(res, status, { error: message }, headers);
}

/**
 * Ends a request that failed: an HttpError gets its status, anything else is logged and gets a 500;
 * an answer already under way is cut off, so the client sees it incomplete rather than wrong.
 */
export function sendFailure(req: IncomingMessage, res: ServerResponse, err: unknown): void {
  if (!(err instanceof HttpError)) log.error(`${req.method} ${req.url?.slice(0, 200)} failed`, err);
  if (res.headersSent) res.destroy();
  else if (err instanceof HttpError) sendError(res, err.status, err.message, err.headers);
  else sendError(res, 500, 'internal error');
}

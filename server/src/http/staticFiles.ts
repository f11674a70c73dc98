import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { sendError } from './respond.js';

/**
 * Serves the built web app; unknown paths (such as `/s/<id>`) get index.html so links open the
 * app. Hashed assets are cached for good; index.html never.
 */
export function staticFiles(dir: string): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  if (!fs.existsSync(dir)) {
    return (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`The web app is not built (${dir} is missing). Run "pnpm build".\n`);
    };
  }
  const serve = sirv(dir, {
    // Look files up on each request instead of listing them once at start: a rebuild of the app
    // while the server runs must serve the new files, never crash on a vanished old one.
    dev: true,
    single: true,
    etag: true,
    gzip: false,
    setHeaders(res, pathname) {
      res.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
    // sirv throws on a Range whose end lies before its start and misreads others (`0-0`, several
    // ranges); the app's files are small, so they are served whole, as RFC 9110 lets a server do.
    delete req.headers.range;
    serve(req, res, next);
  };
}

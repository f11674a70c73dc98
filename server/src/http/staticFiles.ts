import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CompressedCache, negotiateEncoding, type Encoding } from './compression.js';
import { sendError } from './respond.js';

/** Content types of the files a Vite build of the web app holds. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Text types worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.txt', '.svg', '.wasm']);
/** Below this, compressing here saves too little to pay for itself (the build's copy is sent whatever the size). */
const MIN_COMPRESS_BYTES = 1024;
/** Where the build keeps a file's compressed copies (client/vite.config.ts). */
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** Answers a request for `pathname` from the build; false when it holds nothing for it. */
export type StaticFiles = (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<boolean>;

/**
 * Serves the built web app; unknown paths without an extension (such as `/s/<id>`) get index.html
 * so links open the app. Hashed assets are cached for good; index.html never. Files are looked up
 * on each request, so a rebuild while the server runs serves the new ones. Text is sent compressed
 * (Brotli, else gzip) to browsers that accept it: the build's compressed copy, or one made here
 * once per file version. The board's script is a third of its size so, which counts for thirty
 * tablets on one school Wi-Fi. A `Range` is ignored (the whole file is sent, as RFC 9110 allows).
 */
export function staticFiles(dir: string): StaticFiles {
  if (!fs.existsSync(dir)) {
    return async (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`The web app is not built (${dir} is missing). Run "pnpm build".\n`);
      return true;
    };
  }
  const root = path.resolve(dir);
  const compressed = new CompressedCache();
  return async (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
      return true;
    }
    const found = (await openFile(root, pathname)) ?? (path.posix.extname(pathname) === '' ? await openFile(root, '/index.html') : null);
    if (!found) return false;
    const { handle, name, stat } = found;
    const type = path.extname(name).toLowerCase();
    const accepted = COMPRESSIBLE.has(type) ? negotiateEncoding(req.headers['accept-encoding']) : null;
    // The build's own compressed copy when there is one, not older than the file.
    const foundCopy = accepted ? await openFile(root, `${name}${SUFFIX[accepted]}`) : null;
    const copy = foundCopy && foundCopy.stat.mtimeMs >= stat.mtimeMs ? foundCopy : null;
    if (foundCopy && !copy) await foundCopy.handle.close();
    const encoding = copy || stat.size >= MIN_COMPRESS_BYTES ? accepted : null;
    const etag = `W/"${stat.size}-${stat.mtimeMs}${encoding ? `-${encoding}` : ''}"`;
    const headers: Record<string, string | number> = {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      'content-length': stat.size,
      'last-modified': stat.mtime.toUTCString(),
      etag,
      'cache-control': name.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (COMPRESSIBLE.has(type)) headers.vary = 'accept-encoding';
    if (req.headers['if-none-match'] === etag) {
      await handle.close();
      await copy?.handle.close();
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    if (encoding) {
      // The build's copy, else compressed here once.
      if (copy) {
        await handle.close();
        res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': copy.stat.size });
        if (req.method !== 'HEAD') await pipeline(copy.handle.createReadStream(), res).catch(() => {});
        else {
          await copy.handle.close();
          res.end();
        }
        return true;
      }
      const body = await compressed
        .get(`${name}:${stat.size}:${stat.mtimeMs}`, encoding, () => handle.readFile())
        .finally(() => handle.close());
      res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    }
    if (req.method === 'HEAD') {
      await handle.close();
      res.writeHead(200, headers);
      res.end();
      return true;
    }
    res.writeHead(200, headers);
    // pipeline closes the file when the client goes away mid-download (pipe() would leave it open);
    // that client is gone, so its failure needs no answer.
    await pipeline(handle.createReadStream(), res).catch(() => {});
    return true;
  };
}

/**
 * The regular file at URL path `pathname` under `root`, opened (so it cannot vanish between a
 * check and the read); null for anything else: missing, a directory, a dotfile, outside `root`.
 */
async function openFile(root: string, pathname: string): Promise<{ handle: FileHandle; name: string; stat: fs.Stats } | null> {
  let name: string;
  try {
    name = decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  } catch {
    return null;
  }
  if (name.includes('\0') || name.split('/').some((segment) => segment.startsWith('.'))) return null;
  const abs = path.join(root, name);
  if (!abs.startsWith(root + path.sep)) return null;
  const handle = await fs.promises.open(abs, 'r').catch(() => null);
  if (!handle) return null;
  const stat = await handle.stat().catch(() => null);
  if (stat?.isFile()) return { handle, name, stat };
  await handle.close();
  return null;
}

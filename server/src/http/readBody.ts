import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { HttpError } from './HttpError.js';

/**
 * Reads a request body of at most `limit` bytes; a longer one is refused with `tooLargeStatus`
 * as soon as it passes the limit, without buffering the rest.
 */
export function readBody(req: IncomingMessage, limit: number, tooLargeStatus = 413): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      return reject(new HttpError(tooLargeStatus, `body larger than ${limit} bytes`));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new HttpError(tooLargeStatus, `body larger than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    // The client went away mid-body: nobody will read the answer, and it is no server error.
    req.on('error', () => reject(new HttpError(400, 'request body cut short')));
  });
}

/**
 * Reads and parses a JSON body of at most `limit` bytes; every failure is a 400. A request from a
 * web page (it carries `Origin` or `Sec-Fetch-Site`) gets 415 unless its body is declared
 * `application/json`: a page can send `text/plain` or a form anywhere without asking first, so
 * this keeps other sites from calling the API through a visitor's browser, while a JSON type
 * makes the browser ask first (CORS), which this server never allows. Scripts and tools (curl,
 * a plain `fetch` in Node) are no such door and may leave the type out.
 */
export async function readJson(req: IncomingMessage, limit: number, tooLargeStatus = 400): Promise<unknown> {
  if (fromWebPage(req) && !isJsonContentType(req.headers['content-type'])) {
    req.resume();
    throw new HttpError(415, 'send the body as Content-Type: application/json');
  }
  const body = await readBody(req, limit, tooLargeStatus);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'body is not valid JSON');
  }
}

/** Browsers mark every cross-origin request with `Origin`, and send `Sec-Fetch-Site` too. */
function fromWebPage(req: IncomingMessage): boolean {
  return req.headers.origin !== undefined || req.headers['sec-fetch-site'] !== undefined;
}

/** True for `application/json`, with any parameters (`; charset=utf-8`), in any case. */
function isJsonContentType(header: string | undefined): boolean {
  return header?.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

/** Reads a JSON body (see readJson) and checks it against `schema`; 400 naming the first problem. */
export async function readJsonAs<S extends z.ZodType>(req: IncomingMessage, schema: S, limit: number): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJson(req, limit));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, `invalid ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'wrong type'}`);
  }
  return parsed.data;
}

import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Content encodings the server compresses with, best first. */
export type Encoding = 'br' | 'gzip';

const ENCODINGS: readonly Encoding[] = ['br', 'gzip'];

/**
 * The best encoding an `Accept-Encoding` header allows, or null for the plain body. Tokens are
 * case-insensitive; `q=0` refuses one; `*` stands for any not named.
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(token, q === undefined ? 1 : Number(q));
  }
  const weight = (e: Encoding) => weights.get(e) ?? weights.get('*') ?? 0;
  return ENCODINGS.find((e) => weight(e) > 0) ?? null;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * How hard to compress: `small` for files compressed once and sent many times (Brotli 9, near its
 * best size at a fraction of quality 11's time), `fast` for bodies made per request (a document's
 * state: Brotli 5 and gzip 6 take 40–80 ms for 2.5 MB, a third of Brotli 9's time).
 */
export type Effort = 'small' | 'fast';

/** Compresses `body` off the event loop (zlib's thread pool). */
export function compress(body: Buffer, encoding: Encoding, effort: Effort = 'small'): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: effort === 'small' ? 9 : 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzip(body, { level: effort === 'small' ? 9 : 6 });
}

/**
 * Compressed bodies by key (a file's path, size and time, and the encoding): each file version
 * is compressed once, by whichever request comes first; later ones share its result. Bounded,
 * as a server outliving many rebuilds would otherwise keep every old version.
 */
export class CompressedCache {
  private readonly entries = new Map<string, Promise<Buffer>>();

  constructor(private readonly limit = 512) {}

  get(key: string, encoding: Encoding, read: () => Promise<Buffer>): Promise<Buffer> {
    const id = `${encoding}:${key}`;
    let entry = this.entries.get(id);
    if (!entry) {
      if (this.entries.size >= this.limit) this.entries.clear();
      entry = read().then((body) => compress(body, encoding));
      // A failed read is not remembered: the next request tries again.
      entry.catch(() => this.entries.delete(id));
      this.entries.set(id, entry);
    }
    return entry;
  }
}

/** One body made per request (a document's state, a board's picture) and its compressed forms, each made once, when first asked for. */
export class EncodedBody {
  private readonly encoded = new Map<Encoding, Promise<Buffer>>();

  constructor(readonly plain: Buffer) {}

  /** The body in `encoding` (null: as it is). */
  as(encoding: Encoding | null): Promise<Buffer> {
    if (!encoding) return Promise.resolve(this.plain);
    let body = this.encoded.get(encoding);
    if (!body) {
      body = compress(this.plain, encoding, 'fast');
      this.encoded.set(encoding, body);
    }
    return body;
  }
}

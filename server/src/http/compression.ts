import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Content encodings the server compresses with, best first. */
export type Encoding = 'br' | 'gzip';

const ENCODINGS: readonly Encoding[] = ['br', 'gzip'];

/**
 * The best encoding (of `among`) an `Accept-Encoding` header allows, or null for the plain body.
 * Tokens are case-insensitive; `q=0` refuses one; `*` stands for any not named.
 */
export function negotiateEncoding(header: string | string[] | undefined, among: readonly Encoding[] = ENCODINGS): Encoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(token, q === undefined ? 1 : Number(q));
  }
  const weight = (e: Encoding) => weights.get(e) ?? weights.get('*') ?? 0;
  return among.find((e) => weight(e) > 0) ?? null;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

/**
 * How hard to compress: `small` for files compressed once and sent many times (Brotli 9, near its
 * best size at a fraction of quality 11's time), `fast` for bodies made per request (a document's
 * state: Brotli 5 and gzip 6 take 40–80 ms for 2.5 MB, a third of Brotli 9's time).
 */
export type Effort = 'small' | 'fast';

const brotliOptions = (effort: Effort, size: number): zlib.BrotliOptions => ({
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: effort === 'small' ? 9 : 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size },
});
const gzipOptions = (effort: Effort): zlib.ZlibOptions => ({ level: effort === 'small' ? 9 : 6 });

/** Compresses `body` off the event loop (zlib's thread pool). */
export function compress(body: Buffer, encoding: Encoding, effort: Effort = 'small'): Promise<Buffer> {
  return encoding === 'br' ? brotli(body, brotliOptions(effort, body.length)) : gzip(body, gzipOptions(effort));
}

/** Compresses a small `body` at once, as a body made per request. */
function compressNow(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br' ? zlib.brotliCompressSync(body, brotliOptions('fast', body.length)) : zlib.gzipSync(body, gzipOptions('fast'));
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

// Bodies this small are compressed at once, on the event loop: queued behind a big one in zlib's
// pool, a control document of 2 kB waited half a second.
const INLINE_BYTES = 16 * 1024;

/** Whether `bytes` are gzip-compressed (its magic number). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * One body made per request or stored compressed (a document's state, a board's picture) and its
 * forms, each made once, when first asked for.
 */
export class EncodedBody {
  private readonly forms = new Map<Encoding | 'identity', Promise<Buffer>>();

  private constructor(form: Encoding | 'identity', bytes: Buffer) {
    this.forms.set(form, Promise.resolve(bytes));
  }

  /** A body as it is. */
  static plain(body: Buffer): EncodedBody {
    return new EncodedBody('identity', body);
  }

  /** A body stored gzip-compressed, or as it is when it is not (a picture stored before they were compressed). */
  static stored(bytes: Buffer): EncodedBody {
    return isGzip(bytes) ? new EncodedBody('gzip', bytes) : EncodedBody.plain(bytes);
  }

  /** The encoding for a client whose `Accept-Encoding` is `header`: the best one made that it takes, else its best. */
  encodingFor(header: string | string[] | undefined): Encoding | null {
    const made = ENCODINGS.filter((e) => this.forms.has(e));
    return negotiateEncoding(header, made) ?? negotiateEncoding(header);
  }

  /** The body in `encoding` (null: as it is). */
  as(encoding: Encoding | null): Promise<Buffer> {
    if (encoding === null) return this.plainBody();
    let body = this.forms.get(encoding);
    if (!body) {
      body = this.plainBody().then((plain) =>
        plain.length <= INLINE_BYTES ? compressNow(plain, encoding) : compress(plain, encoding, 'fast'),
      );
      this.forms.set(encoding, body);
    }
    return body;
  }

  private plainBody(): Promise<Buffer> {
    let plain = this.forms.get('identity');
    // Without its plain form, a body was made from its gzip form.
    if (!plain) {
      plain = (this.forms.get('gzip') as Promise<Buffer>).then((gzipped) => gunzip(gzipped));
      this.forms.set('identity', plain);
    }
    return plain;
  }
}

import { newId } from '@cocreate/shared';
import type { Store } from '../store/Store.js';
import { authorize } from './bearer.js';
import { HttpError } from './HttpError.js';
import { readBody } from './readBody.js';
import { sendJson } from './respond.js';
import { SESSION_PARAM, type Router } from './router.js';

/** Image types a session accepts, recognised by their first bytes (never by the client's word). */
const SIGNATURES: readonly { mime: string; test: (b: Buffer) => boolean }[] = [
  { mime: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', test: (b) => b.subarray(0, 6).toString('latin1') === 'GIF87a' || b.subarray(0, 6).toString('latin1') === 'GIF89a' },
  { mime: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
];

/** The image type of `data`, or null. SVG is refused: it can carry scripts. */
export function sniffImage(data: Buffer): string | null {
  return SIGNATURES.find((s) => s.test(data))?.mime ?? null;
}

/** `POST /api/sessions/<id>/assets` (upload an image) and `GET …/assets/<assetId>`. */
export function registerAssetRoutes(router: Router, deps: { store: Store; secret: Buffer; maxAssetBytes: number }): void {
  const authDeps = { secret: deps.secret, sessions: deps.store.sessions };
  router.on('POST', new RegExp(`^/api/sessions/${SESSION_PARAM}/assets$`), async (req, res, [sessionId], url) => {
    await authorize(req, url, authDeps, sessionId!, ['facilitator', 'participant']);
    const data = await readBody(req, deps.maxAssetBytes);
    if (data.length === 0) throw new HttpError(400, 'empty body: send the image bytes');
    const mime = sniffImage(data);
    if (!mime) throw new HttpError(415, 'unsupported image type: use PNG, JPEG, GIF or WebP (SVG is not accepted)');
    const id = newId();
    await deps.store.assets.put({ id, sessionId: sessionId!, mime, data, createdAt: Date.now() });
    sendJson(res, 201, { id, mime, url: `/api/sessions/${sessionId}/assets/${id}` });
  });

  router.on(
    'GET',
    new RegExp(`^/api/sessions/${SESSION_PARAM}/assets/([A-Za-z0-9_-]{1,64})$`),
    async (req, res, [sessionId, assetId], url) => {
      await authorize(req, url, authDeps, sessionId!, ['facilitator', 'participant', 'observer']);
      const asset = await deps.store.assets.get(sessionId!, assetId!);
      if (!asset) throw new HttpError(404, 'no such asset');
      res.writeHead(200, {
        'content-type': asset.mime,
        'content-length': asset.data.length,
        'cache-control': 'private, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'",
      });
      res.end(asset.data);
    },
  );
}

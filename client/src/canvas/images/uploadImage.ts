import { IdSchema, ImageMimeSchema, type ImageItem } from '@cocreate/shared';
import type { LiveSession } from '../../sync/liveSession.js';
import { assetsEndpoint } from './assetUrl.js';

/** Image types the server stores (it sniffs the bytes too; SVG is refused, as it can carry scripts). */
export const IMAGE_TYPES: ReadonlySet<string> = new Set(ImageMimeSchema.options);

/** The server's upload limit. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** Why an upload failed, as the user is told. */
export type UploadProblem = 'tooLarge' | 'unsupported' | 'failed';

/** An upload that failed, with the reason to show. */
export class UploadError extends Error {
  constructor(
    readonly problem: UploadProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'UploadError';
  }
}

/** A stored asset, as the server answers an upload. */
export interface UploadedAsset {
  id: string;
  mime: ImageItem['mime'];
  url: string;
}

function isAsset(value: unknown): value is UploadedAsset {
  const v = value as Partial<UploadedAsset> | null;
  return IdSchema.safeParse(v?.id).success && typeof v?.url === 'string' && ImageMimeSchema.safeParse(v.mime).success;
}

/** Uploads an image file as an asset of the live session; throws an UploadError saying why not. */
export async function uploadImage(live: LiveSession, file: File): Promise<UploadedAsset> {
  if (file.type && !IMAGE_TYPES.has(file.type)) throw new UploadError('unsupported', `type ${file.type}`);
  if (file.size > MAX_IMAGE_BYTES) throw new UploadError('tooLarge', `${file.size} bytes`);
  let res: Response;
  try {
    res = await fetch(assetsEndpoint(live.sessionId), {
      method: 'POST',
      headers: { Authorization: `Bearer ${live.token}`, 'Content-Type': file.type || 'application/octet-stream' },
      body: file,
    });
  } catch (err) {
    throw new UploadError('failed', String(err));
  }
  if (res.status === 413) throw new UploadError('tooLarge', 'refused by the server');
  if (res.status === 415) throw new UploadError('unsupported', 'refused by the server');
  if (!res.ok) throw new UploadError('failed', `HTTP ${res.status}`);
  const body: unknown = await res.json().catch(() => null);
  if (!isAsset(body)) throw new UploadError('failed', 'unexpected answer');
  return body;
}

import { createItem, type Point } from '@cocreate/shared';
import { editableSession, viewCentre } from '../../input/commands.js';
import { useStore } from '../../store/index.js';
import { t } from '../../ui/i18n/index.js';
import { showToast } from '../feedback/toast.js';
import { finishCreate } from '../tools/finishCreate.js';
import { withToken } from './assetUrl.js';
import { loadImage } from './imageCache.js';
import { fitWithin } from './imageSize.js';
import { UploadError, uploadImage } from './uploadImage.js';

/** Offset between images placed together, board units, so none hides another. */
const CASCADE = 24;

const MESSAGES = { tooLarge: 'image.tooLarge', unsupported: 'image.unsupported', failed: 'image.failed' } as const;

/**
 * Uploads image files (picked, dropped or pasted) as session assets and places each as an image
 * item centred on `at` (board units; default the centre of the view), at its natural size fitted
 * within 480 units. A file that fails is reported in a toast; the others still go through.
 */
export async function placeImageFiles(files: File[], at?: Point): Promise<void> {
  const live = editableSession();
  const { boardId } = useStore.getState();
  if (!live || !boardId) return;
  const centre = at ?? viewCentre();
  const ids: string[] = [];
  for (const file of files) {
    try {
      const asset = await uploadImage(live, file);
      const image = await loadImage(withToken(asset.url, live.token));
      const { width, height } = fitWithin(image.naturalWidth, image.naturalHeight);
      const offset = ids.length * CASCADE;
      ids.push(
        createItem(live.board, {
          type: 'image',
          boardId,
          x: Math.round(centre.x - width / 2 + offset),
          y: Math.round(centre.y - height / 2 + offset),
          width,
          height,
          assetId: asset.id,
          mime: asset.mime,
          alt: file.name.slice(0, 500),
          createdBy: live.participantId,
        }),
      );
    } catch (err) {
      const problem = err instanceof UploadError ? err.problem : 'failed';
      showToast(t(MESSAGES[problem], { name: file.name }), 'error');
    }
  }
  if (ids.length > 0) finishCreate(ids);
}

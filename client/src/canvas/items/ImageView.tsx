import { memo } from 'react';
import { Image as KonvaImage, Rect } from '../konva.js';
import type { ImageItem } from '@cocreate/shared';
import { assetUrl } from '../images/assetUrl.js';
import { useImage } from '../images/imageCache.js';
import { CHEAP } from './style.js';

/** An uploaded image, drawn from the session's asset URL; a grey box until it has loaded. */
export const ImageView = memo(function ImageView({ item }: { item: ImageItem }) {
  const image = useImage(assetUrl(item.assetId));
  const box = { x: item.x, y: item.y, width: item.width, height: item.height };
  if (!image) return <Rect {...CHEAP} {...box} fill="#e9ecef" stroke="#ced4da" strokeWidth={1} />;
  return <KonvaImage {...CHEAP} {...box} image={image} />;
});

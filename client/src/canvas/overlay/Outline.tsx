import { Line, Rect } from '../konva.js';
import type { Item } from '@cocreate/shared';
import { noteDrawnHeight } from '../items/measureText.js';
import { lookupItem } from '../scene/currentScene.js';
import { resolveConnector } from '../scene/hitTest.js';

/** A screen-thin outline around an item (along a connector's line), in `color`. */
export function Outline({ item, color, width = 1.5 }: { item: Item; color: string; width?: number }) {
  const style = { stroke: color, strokeWidth: width, strokeScaleEnabled: false, listening: false, perfectDrawEnabled: false };
  if (item.type === 'connector') {
    const [a, b] = resolveConnector(item, lookupItem);
    return <Line {...style} strokeWidth={width + 2} opacity={0.6} points={[a.x, a.y, b.x, b.y]} />;
  }
  // A note grown by its text is outlined as drawn.
  const height = item.type === 'note' ? noteDrawnHeight(item) : item.height;
  return <Rect {...style} x={item.x} y={item.y} width={item.width} height={height} />;
}

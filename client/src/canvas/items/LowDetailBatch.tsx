import { memo, useEffect, useLayoutEffect, useState } from 'react';
import { Shape } from '../konva.js';
import type { Item } from '@cocreate/shared';
import { SmallItemsBitmap } from '../paint/SmallItemsBitmap.js';
import type { BatchItem } from '../scene/drawRuns.js';

/**
 * Notes, connectors and pen strokes too small on screen to read, drawn in order by one shape (one
 * node for thousands; see paintSmallItems), through a bitmap while the view pans (SmallItemsBitmap).
 */
export const LowDetailBatch = memo(function LowDetailBatch({
  run,
  lookup,
}: {
  run: readonly BatchItem[];
  lookup: (id: string) => Item | undefined;
}) {
  const [bitmap] = useState(() => new SmallItemsBitmap());
  // Once committed, before the draw this render asks for; a change that paints the same keeps the bitmap.
  useLayoutEffect(() => bitmap.setRun(run, lookup), [bitmap, run, lookup]);
  useEffect(() => () => bitmap.release(), [bitmap]);
  // The canvas itself: Konva's wrapper adds a call per operation, and this draws thousands.
  return <Shape listening={false} perfectDrawEnabled={false} sceneFunc={(ctx) => bitmap.paint(ctx._context)} />;
});

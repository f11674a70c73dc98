import { memo } from 'react';
import { Shape } from '../konva.js';
import type { Item } from '@cocreate/shared';
import { paintSmallItems } from '../paint/paintSmallItems.js';
import type { BatchItem } from '../scene/drawRuns.js';

/**
 * Notes, connectors and pen strokes too small on screen to read, drawn in order by one shape (one
 * node for thousands; see paintSmallItems).
 */
export const LowDetailBatch = memo(function LowDetailBatch({
  run,
  lookup,
}: {
  run: readonly BatchItem[];
  lookup: (id: string) => Item | undefined;
}) {
  // The canvas itself: Konva's wrapper adds a call per operation, and this draws thousands.
  return <Shape listening={false} perfectDrawEnabled={false} sceneFunc={(ctx) => paintSmallItems(ctx._context, run, lookup)} />;
});

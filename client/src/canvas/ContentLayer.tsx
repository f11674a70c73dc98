import { useCallback, useMemo } from 'react';
import type { Item } from '@cocreate/shared';
import { Layer } from 'react-konva';
import { useStore } from '../store/index.js';
import { ItemView } from './items/ItemView.js';
import { LowDetailBatch } from './items/LowDetailBatch.js';
import { itemsIn } from './scene/currentScene.js';
import { drawRuns, type BatchRun } from './scene/drawRuns.js';
import { compareDrawOrder } from './scene/hitTest.js';
import { useCullRegion } from './scene/useCullRegion.js';
import type { Size } from './viewport/camera.js';

function isRun(run: Item | BatchRun): run is BatchRun {
  return Array.isArray(run);
}

/**
 * The content layer: the items of the board being viewed that lie in the cull region, in
 * drawing order (frames first). It never listens for events (hit testing is ours, on the
 * spatial index), and it re-renders only when items change or the view leaves the region,
 * never per pan step. Small on screen, runs of notes, connectors and strokes are drawn by one shape each.
 */
export function ContentLayer({ size }: { size: Size }) {
  const items = useStore((s) => s.items);
  const boardId = useStore((s) => s.boardId);
  const editingId = useStore((s) => s.editingId);
  const region = useCullRegion(size);

  const runs = useMemo(
    // `items` and `boardId` are read by itemsIn from the store; listed so the query reruns.
    () => drawRuns(boardId && items ? itemsIn(region.rect).sort(compareDrawOrder) : [], region.detail === 'low'),
    [items, boardId, region],
  );
  const lookup = useCallback((id: string) => items.get(id), [items]);

  return (
    <Layer listening={false}>
      {runs.map((run) =>
        isRun(run) ? (
          <LowDetailBatch key={`run:${run[0]!.id}`} run={run} lookup={lookup} />
        ) : (
          <ItemView key={run.id} item={run} detail={region.detail} scale={region.scale} editing={run.id === editingId} lookup={lookup} />
        ),
      )}
    </Layer>
  );
}

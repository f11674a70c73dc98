import { useCallback, useEffect, useMemo } from 'react';
import { Layer } from './konva.js';
import { useStore } from '../store/index.js';
import { recordDrawnContent } from './contentDrawn.js';
import { ItemView } from './items/ItemView.js';
import { LowDetailBatch } from './items/LowDetailBatch.js';
import { NoteBatch } from './items/NoteBatch.js';
import { orderedIdsIn, sceneLayout } from './scene/currentScene.js';
import { regionServes } from './scene/cullRegion.js';
import { drawRuns, type DrawRun, type LoneItem } from './scene/drawRuns.js';
import { useCullRegion } from './scene/useCullRegion.js';
import type { Size } from './viewport/camera.js';

function isRun(run: LoneItem | DrawRun): run is DrawRun {
  return !('type' in run);
}

/**
 * The content layer: the items of the board being viewed that lie in the cull region, in
 * drawing order (frames first). It never listens for events (hit testing is ours, on the
 * spatial index), and it re-renders only when items change or the view leaves the region,
 * never per pan step. Each run of notes is drawn by one shape (small on screen, with the connectors
 * and strokes among them).
 */
export function ContentLayer({ size }: { size: Size }) {
  const items = useStore((s) => s.items);
  const boardId = useStore((s) => s.boardId);
  const editingId = useStore((s) => s.editingId);
  const region = useCullRegion(size);

  // The ordered cull is redone only when the scene's layout changed (an item came, went, moved or
  // was reordered): twenty remote writers changing texts at fit would otherwise query and sort all
  // 10,000 items every frame. Between layouts, the same ids are read afresh from `items`.
  const layout = useMemo(() => sceneLayout(items), [items]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `layout` stands for the scene that orderedIdsIn reads.
  const order = useMemo(() => (boardId ? orderedIdsIn(boardId, region.rect) : []), [layout, boardId, region]);
  const runs = useMemo(
    () =>
      drawRuns(
        order.flatMap((id) => items.get(id) ?? []),
        region.detail,
      ),
    [order, items, region.detail],
  );
  const lookup = useCallback((id: string) => items.get(id), [items]);
  useEffect(() => {
    const drewItems = runs.length > 0 && size.width > 0 && size.height > 0;
    recordDrawnContent(() => drewItems && regionServes(region, useStore.getState().viewport, size));
  }, [runs, region, size]);

  return (
    <Layer listening={false}>
      {runs.map((run) =>
        isRun(run) ? (
          run.kind === 'notes' ? (
            <NoteBatch key={`notes:${run.items[0]!.id}`} notes={run.items} editingId={editingId} />
          ) : (
            <LowDetailBatch key={`run:${run.items[0]!.id}`} run={run.items} lookup={lookup} />
          )
        ) : (
          <ItemView key={run.id} item={run} detail={region.detail} scale={region.scale} editing={run.id === editingId} lookup={lookup} />
        ),
      )}
    </Layer>
  );
}

import { useEffect, useRef } from 'react';
import { Rect, Transformer } from '../konva.js';
import type Konva from 'konva';
import { resizeItems, type Item, type Rect as Box } from '@cocreate/shared';
import { beginUndoStep, endUndoStep, writableDoc } from '../interaction/liveDoc.js';
import { ACCENT } from '../items/style.js';

/** Smallest size the handles resize an item to (screen pixels). */
const MIN_SIZE_PX = 8;

/**
 * Resize handles around the selection. Konva's Transformer acts on invisible proxy rectangles
 * here in the overlay, never on the culled content nodes; each transform step is written with
 * `resizeItems` (so others see it live), and the proxies follow the store like everything else.
 */
export function SelectionTransformer({ targets }: { targets: readonly Item[] }) {
  const transformer = useRef<Konva.Transformer>(null);
  const proxies = useRef(new Map<string, Konva.Rect>());

  // Re-attach only when the selection changes, not when its items move: re-attaching in the
  // middle of a drag of the handles would drop the drag. Konva follows the proxies' attributes.
  const key = targets.map((t) => t.id).join(' ');
  useEffect(() => {
    const tr = transformer.current;
    if (!tr) return;
    tr.nodes(
      key
        .split(' ')
        .map((id) => proxies.current.get(id))
        .filter((n): n is Konva.Rect => n !== undefined),
    );
    tr.getLayer()?.batchDraw();
  }, [key]);

  const commit = () => {
    const bounds = new Map<string, Box>();
    for (const [id, node] of proxies.current) {
      const box = {
        x: Math.round(node.x()),
        y: Math.round(node.y()),
        width: Math.max(1, Math.round(node.width() * node.scaleX())),
        height: Math.max(1, Math.round(node.height() * node.scaleY())),
      };
      node.setAttrs({ ...box, scaleX: 1, scaleY: 1 });
      bounds.set(id, box);
    }
    const doc = writableDoc(bounds.keys());
    if (doc) resizeItems(doc, bounds);
  };

  return (
    <>
      {targets.map((item) => (
        <Rect
          key={item.id}
          ref={(node) => {
            if (node) proxies.current.set(item.id, node);
            else proxies.current.delete(item.id);
          }}
          x={item.x}
          y={item.y}
          width={item.width}
          height={item.height}
          listening={false}
        />
      ))}
      <Transformer
        ref={transformer}
        rotateEnabled={false}
        flipEnabled={false}
        keepRatio={false}
        ignoreStroke
        anchorSize={10}
        anchorCornerRadius={2}
        anchorStroke={ACCENT}
        borderStroke={ACCENT}
        borderStrokeWidth={1.5}
        boundBoxFunc={(old, next) => (next.width < MIN_SIZE_PX || next.height < MIN_SIZE_PX ? old : next)}
        onTransformStart={beginUndoStep}
        onTransform={commit}
        onTransformEnd={() => {
          commit();
          endUndoStep();
        }}
      />
    </>
  );
}

import { useMemo } from 'react';
import { Layer } from '../konva.js';
import type { Item } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { ACCENT } from '../items/style.js';
import { DraftShapes } from './DraftShapes.js';
import { ItemBadges } from './ItemBadges.js';
import { PrivacyMarks } from './PrivacyMarks.js';
import { Outline } from './Outline.js';
import { RemoteCursors } from './RemoteCursors.js';
import { RemoteSelections } from './RemoteSelections.js';
import { SelectionTransformer } from './SelectionTransformer.js';

/**
 * The interaction layer, above the content: selection, resize handles, gestures in progress,
 * other people's selections and cursors. It redraws on its own, so a moving cursor or marquee
 * never redraws the content layer. Only the Transformer's handles listen for events.
 */
export function OverlayLayer() {
  const items = useStore((s) => s.items);
  const selectedIds = useStore((s) => s.selectedIds);
  const boardId = useStore((s) => s.boardId);
  const editingId = useStore((s) => s.editingId);
  const tool = useStore((s) => s.tool);
  const role = useStore((s) => s.role);

  const selected = useMemo(
    () => [...selectedIds].map((id) => items.get(id)).filter((i): i is Item => i !== undefined && i.boardId === boardId),
    [items, selectedIds, boardId],
  );
  const resizable = useMemo(() => selected.filter((i) => i.type !== 'connector'), [selected]);
  const showHandles = role !== 'observer' && tool === 'select' && editingId === null && resizable.length > 0;

  return (
    <Layer>
      <RemoteSelections />
      <ItemBadges />
      <PrivacyMarks />
      {selected.map((item) => (
        <Outline key={item.id} item={item} color={ACCENT} />
      ))}
      {showHandles && <SelectionTransformer targets={resizable} />}
      <DraftShapes />
      <RemoteCursors />
    </Layer>
  );
}

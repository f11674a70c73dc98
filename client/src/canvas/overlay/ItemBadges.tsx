import { useMemo } from 'react';
import { Circle, Group, Path, Text } from '../konva.js';
import type { Item } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { CHEAP, FONT_FAMILY } from '../items/style.js';

/** Badge radius in screen pixels (the same at every zoom). */
const RADIUS = 10;
const LOCK_PATH = 'M5 11h14v10H5z M8 11V7a4 4 0 0 1 8 0v4';

/** A lock at an item's top-left corner, drawn at a fixed screen size. */
function LockBadge({ item, unit }: { item: Item; unit: number }) {
  return (
    <Group {...CHEAP} x={item.x} y={item.y} scaleX={unit} scaleY={unit}>
      <Circle {...CHEAP} x={0} y={0} radius={RADIUS} fill="#495057" />
      <Path {...CHEAP} x={-6} y={-6} scaleX={0.5} scaleY={0.5} data={LOCK_PATH} stroke="#fff" strokeWidth={2.4} />
    </Group>
  );
}

/** The number of open comments at an item's top-right corner, drawn at a fixed screen size. */
function CommentBadge({ item, unit, count }: { item: Item; unit: number; count: number }) {
  const label = count > 99 ? '99+' : String(count);
  return (
    <Group {...CHEAP} x={item.x + item.width} y={item.y} scaleX={unit} scaleY={unit}>
      <Circle {...CHEAP} radius={RADIUS + 1} fill="#e8590c" />
      <Text
        {...CHEAP}
        x={-RADIUS}
        y={-6}
        width={2 * RADIUS}
        align="center"
        text={label}
        fontSize={11}
        fontStyle="bold"
        fontFamily={FONT_FAMILY}
        fill="#fff"
      />
    </Group>
  );
}

/**
 * Badges on the items of the board being viewed: a lock on items locked one by one (a locked
 * board says so in the facilitation bar), and the count of open comments.
 */
export function ItemBadges() {
  const items = useStore((s) => s.items);
  const boardId = useStore((s) => s.boardId);
  const locked = useStore((s) => s.locks.items);
  const comments = useStore((s) => s.comments);
  const unit = useStore((s) => 1 / s.viewport.scale);
  const counts = useMemo(() => {
    const out = new Map<string, number>();
    for (const c of comments) if (!c.resolved) out.set(c.itemId, (out.get(c.itemId) ?? 0) + 1);
    return out;
  }, [comments]);
  const onBoard = (id: string) => {
    const item = items.get(id);
    return item && item.boardId === boardId ? item : null;
  };
  return (
    <>
      {[...locked].map((id) => {
        const item = onBoard(id);
        return item && <LockBadge key={`lock:${id}`} item={item} unit={unit} />;
      })}
      {[...counts].map(([id, count]) => {
        const item = onBoard(id);
        return item && <CommentBadge key={`comments:${id}`} item={item} unit={unit} count={count} />;
      })}
    </>
  );
}

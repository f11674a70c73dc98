import { Group, Label, Line, Tag, Text } from '../konva.js';
import { useStore } from '../../store/index.js';
import { FONT_FAMILY } from '../items/style.js';

// A pointer arrow, screen pixels, tip at (0, 0).
const ARROW = [0, 0, 0, 17, 4.5, 13, 8, 21, 11, 19.5, 7.5, 12, 13, 12];

/** Everyone else's pointer on this board, with their name in their colour, at constant screen size. */
export function RemoteCursors() {
  const presence = useStore((s) => s.presence);
  const boardId = useStore((s) => s.boardId);
  const scale = useStore((s) => s.viewport.scale);
  return (
    <>
      {presence.map((p) =>
        p.cursor && p.boardId === boardId ? (
          <Group key={p.clientId} x={p.cursor.x} y={p.cursor.y} scaleX={1 / scale} scaleY={1 / scale} listening={false}>
            <Line points={ARROW} closed fill={p.color} stroke="#ffffff" strokeWidth={1.5} perfectDrawEnabled={false} />
            <Label x={12} y={20}>
              <Tag fill={p.color} cornerRadius={4} />
              <Text text={p.name || '…'} fontFamily={FONT_FAMILY} fontSize={12} padding={4} fill="#ffffff" />
            </Label>
          </Group>
        ) : null,
      )}
    </>
  );
}

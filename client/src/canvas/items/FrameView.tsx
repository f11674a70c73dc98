import { memo } from 'react';
import { Group, Rect, Text } from '../konva.js';
import type { Frame } from '@cocreate/shared';
import { FRAME_TITLE_GAP, frameTitleFontSize } from '../scene/itemBounds.js';
import { CHEAP, FONT_FAMILY } from './style.js';

/**
 * A titled area: its title above (kept readable when zoomed out, at the scale the content layer
 * was last culled at; hidden while renamed in place), a light fill and border.
 */
export const FrameView = memo(function FrameView({ item, scale, editing }: { item: Frame; scale: number; editing: boolean }) {
  const fontSize = frameTitleFontSize(scale, item.width);
  return (
    <Group {...CHEAP} x={item.x} y={item.y}>
      <Text
        {...CHEAP}
        visible={!editing}
        y={-fontSize - FRAME_TITLE_GAP}
        width={item.width}
        text={item.title}
        fontSize={fontSize}
        fontFamily={FONT_FAMILY}
        fontStyle="bold"
        wrap="none"
        ellipsis
        fill="#495057"
      />
      <Rect {...CHEAP} width={item.width} height={item.height} fill={item.fill} stroke="#ced4da" strokeWidth={2} cornerRadius={6} />
    </Group>
  );
});

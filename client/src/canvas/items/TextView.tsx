import { memo } from 'react';
import { Rect, Text } from '../konva.js';
import type { TextItem } from '@cocreate/shared';
import type { Detail } from '../scene/cullRegion.js';
import { CHEAP, FONT_FAMILY, LINE_HEIGHT } from './style.js';

/** Free text; a faint bar in its colour when too small on screen to read. */
export const TextView = memo(function TextView({ item, detail, editing }: { item: TextItem; detail: Detail; editing: boolean }) {
  if (editing) return null;
  if (detail === 'low') {
    return (
      <Rect
        {...CHEAP}
        x={item.x}
        y={item.y}
        width={item.width}
        height={Math.min(item.height, item.fontSize)}
        fill={item.color}
        opacity={0.25}
      />
    );
  }
  return (
    <Text
      {...CHEAP}
      x={item.x}
      y={item.y}
      width={item.width}
      text={item.text}
      fontSize={item.fontSize}
      fontFamily={FONT_FAMILY}
      lineHeight={LINE_HEIGHT}
      wrap="word"
      fill={item.color}
    />
  );
});

import { memo } from 'react';
import { Group, Rect } from 'react-konva';
import { noteFill, type Note } from '@cocreate/shared';
import { noteTextLayout } from './measureText.js';
import { CenteredText } from './CenteredText.js';
import { CHEAP } from './style.js';

/**
 * A sticky note: a coloured square with its text centred, shrunk to fit down to a legible size
 * and below that grown downwards, never cut (small on screen, LowDetailBatch draws notes).
 */
export const NoteView = memo(function NoteView({ item, editing }: { item: Note; editing: boolean }) {
  const fill = noteFill(item.color);
  const { fontSize, height } = noteTextLayout(item);
  return (
    <Group {...CHEAP} x={item.x} y={item.y}>
      <Rect {...CHEAP} width={item.width} height={height} fill={fill} cornerRadius={3} stroke="rgba(0,0,0,0.12)" strokeWidth={1} />
      {!editing && item.text !== '' && (
        <CenteredText text={item.text} width={item.width} height={height} fontSize={fontSize} fill="#1e1e1e" />
      )}
    </Group>
  );
});

import { memo } from 'react';
import { Ellipse, Group, Line, Rect } from '../konva.js';
import type { Shape } from '@cocreate/shared';
import type { Detail } from '../scene/cullRegion.js';
import { CenteredText } from './CenteredText.js';
import { CHEAP } from './style.js';

/** Font size of shape labels, board units. */
export const LABEL_FONT_SIZE = 20;

/** The outline of a shape kind in a w × h box. */
function Body({ item }: { item: Shape }) {
  const { width: w, height: h, fill, stroke } = item;
  const style = { ...CHEAP, fill, stroke, strokeWidth: 2 };
  switch (item.shape) {
    case 'ellipse':
      return <Ellipse {...style} x={w / 2} y={h / 2} radiusX={w / 2} radiusY={h / 2} />;
    case 'diamond':
      return <Line {...style} points={[w / 2, 0, w, h / 2, w / 2, h, 0, h / 2]} closed />;
    case 'triangle':
      return <Line {...style} points={[w / 2, 0, w, h, 0, h]} closed />;
    default:
      return <Rect {...style} width={w} height={h} />;
  }
}

/** A rectangle, ellipse, diamond or triangle with its label centred. */
export const ShapeView = memo(function ShapeView({ item, detail, editing }: { item: Shape; detail: Detail; editing: boolean }) {
  return (
    <Group {...CHEAP} x={item.x} y={item.y}>
      <Body item={item} />
      {detail === 'full' && !editing && item.text !== '' && (
        <CenteredText text={item.text} width={item.width} height={item.height} fontSize={LABEL_FONT_SIZE} fill={item.stroke} ellipsis />
      )}
    </Group>
  );
});

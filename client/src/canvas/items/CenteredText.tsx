import { Text } from 'react-konva';
import { CHEAP, FONT_FAMILY, LINE_HEIGHT, TEXT_PADDING } from './style.js';

/** Text centred in an item's box, wrapped by word and cut with an ellipsis (notes, shape labels). */
export function CenteredText(props: { text: string; width: number; height: number; fontSize: number; fill: string }) {
  return (
    <Text
      {...CHEAP}
      {...props}
      padding={TEXT_PADDING}
      fontFamily={FONT_FAMILY}
      lineHeight={LINE_HEIGHT}
      align="center"
      verticalAlign="middle"
      wrap="word"
      ellipsis
    />
  );
}

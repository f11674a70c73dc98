import { Text } from '../konva.js';
import { CHEAP, FONT_FAMILY, LINE_HEIGHT, TEXT_PADDING } from './style.js';

/**
 * Text centred in an item's box, wrapped by word (notes, shape labels). A shape label that does
 * not fit is cut with an ellipsis; a note's box is made tall enough for all of its text.
 */
export function CenteredText(props: { text: string; width: number; height: number; fontSize: number; fill: string; ellipsis?: boolean }) {
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
    />
  );
}

// The board draws with Konva's core and the shapes imported here (each registers itself with the
// core, where react-konva's renderer finds it). `konva`, and react-konva's main entry that imports
// it, bring twenty image filters and shapes the board never draws as well: a fifth of Konva that
// a tablet would compile before the first picture.
import 'konva/lib/shapes/Arrow';
import 'konva/lib/shapes/Circle';
import 'konva/lib/shapes/Ellipse';
import 'konva/lib/shapes/Image';
import 'konva/lib/shapes/Label';
import 'konva/lib/shapes/Line';
import 'konva/lib/shapes/Path';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';
import 'konva/lib/shapes/Transformer';

export { Konva } from 'konva/lib/Core';
export { Util } from 'konva/lib/Util';
export { Text as TextNode } from 'konva/lib/shapes/Text';
export { Transformer as TransformerNode } from 'konva/lib/shapes/Transformer';
export {
  Arrow,
  Circle,
  Ellipse,
  Group,
  Image,
  Label,
  Layer,
  Line,
  Path,
  Rect,
  Shape,
  Stage,
  Tag,
  Text,
  Transformer,
} from 'react-konva/lib/ReactKonvaCore';

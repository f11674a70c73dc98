import type { Item } from '@cocreate/shared';
import type { Detail } from '../scene/cullRegion.js';
import type { LoneItem } from '../scene/drawRuns.js';
import { ConnectorView } from './ConnectorView.js';
import { FrameView } from './FrameView.js';
import { ImageView } from './ImageView.js';
import { ShapeView } from './ShapeView.js';
import { StrokeView } from './StrokeView.js';
import { TextView } from './TextView.js';

interface Props {
  item: LoneItem;
  detail: Detail;
  /** Scale the content was culled at (frame titles keep a readable size with it). */
  scale: number;
  /** The item's text (a frame's title) is being edited in place, hidden under the editor. */
  editing: boolean;
  /** Finds the items a connector is attached to. */
  lookup: (id: string) => Item | undefined;
}

/** Draws one item (notes are drawn in runs: NoteBatch) with the view for its type. Each view is memoised on its record. */
export function ItemView({ item, detail, scale, editing, lookup }: Props) {
  switch (item.type) {
    case 'text':
      return <TextView item={item} detail={detail} editing={editing} />;
    case 'shape':
      return <ShapeView item={item} detail={detail} editing={editing} />;
    case 'frame':
      return <FrameView item={item} scale={scale} editing={editing} />;
    case 'stroke':
      return <StrokeView item={item} />;
    case 'image':
      return <ImageView item={item} />;
    case 'connector':
      return (
        <ConnectorView
          item={item}
          from={item.fromId === null ? undefined : lookup(item.fromId)}
          to={item.toId === null ? undefined : lookup(item.toId)}
        />
      );
  }
}

import { memo } from 'react';
import { Arrow } from '../konva.js';
import { connectorEnds, type Connector, type Item } from '@cocreate/shared';
import { CHEAP, CONNECTOR_HEAD, CONNECTOR_WIDTH } from './style.js';

/**
 * An arrow between two items. Its ends are resolved from the attached items' current bounds, so
 * it follows them live (even before the connector's stored points catch up).
 */
export const ConnectorView = memo(function ConnectorView({ item, from, to }: { item: Connector; from?: Item; to?: Item }) {
  const [a, b] = connectorEnds(item.points, from ?? null, to ?? null);
  const head = CONNECTOR_HEAD;
  return (
    <Arrow
      {...CHEAP}
      points={[a.x, a.y, b.x, b.y]}
      stroke={item.stroke}
      fill={item.stroke}
      strokeWidth={CONNECTOR_WIDTH}
      pointerLength={item.arrow === 'none' ? 0 : head}
      pointerWidth={item.arrow === 'none' ? 0 : head}
      pointerAtBeginning={item.arrow === 'both'}
      pointerAtEnding={item.arrow !== 'none'}
      lineCap="round"
    />
  );
});
